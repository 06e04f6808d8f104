package org.vidya.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vidya.VidyaApplication;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.PoolItem;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.DueReview;
import org.vidya.mastery.weekly.WeeklyAssemblyProbe;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;

/**
 * Weekly test assembly from a 100k-item bank on PostgreSQL (docs/benchmarks.md has the command):
 * starts the application on an empty database (migrations, row-level security), generates with
 * SQL a bank of 100,000 auto-graded items over 250 concepts (difficulties ~ N(0, 1) in a tenant's
 * bank, plus 20,000 in the platform's), then times {@code WeeklyTestService.assemble} (concepts,
 * ability, fresh items, quotas; the personal test and its attempt are not created) for learners
 * with random abilities, due and weak concepts and 200 recently seen items. Prints percentiles.
 */
public final class WeeklyAssemblyDriver {

    static final int CONCEPTS = 250;

    public static void main(String[] args) {
        try {
            run();
        } catch (Throwable e) {
            // The web server's threads would keep the JVM alive after a failure.
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        String url = System.getProperty("url", "jdbc:postgresql://127.0.0.1:5432/mastery_weekly");
        int items = Integer.getInteger("items", 100_000);
        int runs = Integer.getInteger("runs", 2_000);
        TenantId tenant = new TenantId(UUID.randomUUID());
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            // The schema comes from the application's migrations; the bank comes first so that it is analysed.
            // Command-line arguments outrank application.yml's defaults.
            ConfigurableApplicationContext context = new SpringApplicationBuilder(VidyaApplication.class)
                    .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                            "--spring.datasource.password=", "--vidya.demo.enabled=false", "--server.port=0",
                            "--logging.level.root=WARN");
            long start = System.nanoTime();
            generate(db, tenant.value(), items, 1);
            generate(db, TenantId.PLATFORM.value(), items / 5, 2);
            try (Statement s = db.createStatement()) {
                s.execute("analyze assessment_item");
            }
            System.out.printf(Locale.ROOT, "Generated %d + %d items in %.1f s%n", items, items / 5,
                    (System.nanoTime() - start) / 1e9);
            explain(db, tenant.value());
            List<Concept> concepts = new ArrayList<>();
            for (int c = 0; c < CONCEPTS; c++) {
                concepts.add(new Concept(concept(c), "Concept " + c, "physics", 1 + c % 5, null, 3,
                        1.0 / CONCEPTS * (0.5 + (c % 7) / 7.0), null, false));
            }
            WeeklyAssemblyProbe probe = new WeeklyAssemblyProbe(context, new ConceptGraph(concepts, List.of()));
            Random random = new Random(42);
            long[] nanos = new long[runs];
            int warmup = Math.min(500, runs);
            for (int run = -warmup; run < runs; run++) {
                UserId learner = new UserId(UUID.randomUUID());
                VidyaPrincipal principal = new VidyaPrincipal(learner, "bench@example.org", "Bench", tenant,
                        java.util.Set.of(Role.LEARNER), 0, null);
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
                List<DueReview> due = new ArrayList<>();
                List<ConceptKnowledge> state = new ArrayList<>();
                for (int k = 0; k < 20; k++) {
                    String key = concept(random.nextInt(CONCEPTS));
                    double mastery = random.nextDouble();
                    state.add(new ConceptKnowledge(key, mastery, 5, 3, null, 3, 5, null, 0.5));
                    if (k < 5) {
                        due.add(new DueReview(key, mastery, java.time.Instant.now(), random.nextDouble()));
                    }
                }
                Set<ItemId> seen = seen(db, tenant.value(), due.get(0).concept());
                probe.learner(random.nextGaussian(), due, state, seen);
                long t0 = System.nanoTime();
                List<PoolItem> paper = Tenancy.callAs(tenant, () -> probe.assemble(learner));
                long took = System.nanoTime() - t0;
                if (paper.size() != 25 || paper.stream().anyMatch(item -> seen.contains(item.id()))) {
                    throw new IllegalStateException("A paper of " + paper.size() + " items or with a seen item");
                }
                if (run >= 0) {
                    nanos[run] = took;
                }
                SecurityContextHolder.clearContext();
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "Weekly assembly, %d runs after %d warm-up, %d cores: p50 %.2f ms, p95 %.2f ms,"
                    + " p99 %.2f ms, max %.2f ms%n", runs, warmup, Runtime.getRuntime().availableProcessors(),
                    nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6, nanos[(int) (runs * 0.99)] / 1e6,
                    nanos[runs - 1] / 1e6);
            context.close();
        }
    }

    static String concept(int c) {
        return String.format(Locale.ROOT, "bench.c%03d", c);
    }

    private static void generate(Connection db, UUID tenant, int items, int salt) throws Exception {
        UUID bank = UUID.randomUUID();
        try (Statement s = db.createStatement()) {
            s.execute("insert into assessment_item_bank (id, tenant_id, name, created_by, created_at, updated_by,"
                    + " updated_at) values ('" + bank + "', '" + tenant + "', 'Benchmark bank', '" + tenant
                    + "', now(), '" + tenant + "', now())");
            s.execute("insert into assessment_item (id, tenant_id, bank_id, type, body, locale, marks, negative_marks,"
                    + " difficulty, irt_a, irt_b, irt_c, irt_calibrated, primary_concept, secondary_concepts,"
                    + " item_version, retired, created_by, created_at, updated_by, updated_at)"
                    + " select gen_random_uuid(), '" + tenant + "', '" + bank + "', 'true-false',"
                    + " '{\"prompt\":\"Item ' || g || '\",\"answer\":true}', 'en', 4, 1, 'MEDIUM',"
                    + " 0.5 + random(), greatest(-6, least(6, (random() + random() + random() + random() - 2) * 1.7)),"
                    + " 0, true, 'bench.c' || lpad(((g * " + (7 + salt) + ") % " + CONCEPTS + ")::text, 3, '0'), '',"
                    + " 1, g % 50 = 0, '" + tenant + "', now(), '" + tenant + "', now()"
                    + " from generate_series(1, " + items + ") g");
        }
    }

    /** Half the items of a due concept (200 of about 400) as the learner's recently seen ones. */
    private static Set<ItemId> seen(Connection db, UUID tenant, String concept) throws Exception {
        Set<ItemId> seen = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select id from assessment_item"
                + " where tenant_id = '" + tenant + "' and primary_concept = '" + concept + "' limit 200")) {
            while (rs.next()) {
                seen.add(new ItemId(rs.getObject(1, UUID.class)));
            }
        }
        return seen;
    }

    private static void explain(Connection db, UUID tenant) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("explain (analyze, buffers off)"
                + " select id, type, primary_concept, secondary_concepts, difficulty, irt_a, irt_b, irt_c,"
                + " irt_calibrated, marks from assessment_item where tenant_id = '" + tenant + "'"
                + " and primary_concept in ('bench.c017') and irt_b between -0.75 and -0.25 and retired = false"
                + " and type in ('true-false', 'single-choice') order by irt_b, id limit 30")) {
            while (rs.next()) {
                System.out.println("  " + rs.getString(1));
            }
        }
    }
}
