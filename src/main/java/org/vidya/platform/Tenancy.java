package org.vidya.platform;

import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The tenant whose rows the current thread may see. Web requests take it from the signed-in
 * person; background work and cross-tenant lookups (sign-in, platform administration) say so
 * explicitly with {@link #callAs} or {@link #callAsRoot}. Hibernate's tenant filter and, on
 * PostgreSQL, row-level security read it at the start of every transaction.
 */
public final class Tenancy {

    /** Marks "may see every tenant" (root). */
    private static final Object ROOT = new Object();

    private static final ThreadLocal<@Nullable Object> CURRENT = new ThreadLocal<>();

    private Tenancy() {
    }

    public static Optional<TenantId> current() {
        return CURRENT.get() instanceof TenantId tenant ? Optional.of(tenant) : Optional.empty();
    }

    public static boolean isRoot() {
        return CURRENT.get() == ROOT;
    }

    public static <T> T callAs(TenantId tenant, Supplier<T> work) {
        return with(tenant, work);
    }

    public static void runAs(TenantId tenant, Runnable work) {
        with(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** Runs work that must see every tenant's rows; keep such work small and explicit. */
    public static <T> T callAsRoot(Supplier<T> work) {
        return with(ROOT, work);
    }

    public static void runAsRoot(Runnable work) {
        with(ROOT, () -> {
            work.run();
            return null;
        });
    }

    /** Binds the tenant for the rest of a web request; the caller clears it with {@link #clear()}. */
    public static void bind(@Nullable TenantId tenant) {
        CURRENT.set(tenant);
    }

    public static void clear() {
        CURRENT.remove();
    }

    private static <T> T with(Object context, Supplier<T> work) {
        Object previous = CURRENT.get();
        CURRENT.set(context);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
