package org.vidya.organization.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.vidya.organization.TenantType;
import org.vidya.platform.Ids;
import org.vidya.platform.TenantId;

/** A school, a company or the public space. Its own row is not tenant-filtered: it is the tenant. */
@Entity
@Table(name = "organization_tenant")
public class Tenant {

    public enum Status { ACTIVE, SUSPENDED }

    @Id
    private UUID id;
    private String slug;
    private String name;
    @Enumerated(EnumType.STRING)
    private TenantType type;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String brandColor;
    private @Nullable String tagline;
    private String features;
    private int retentionDays;
    private @Nullable Integer seatLimit;
    private boolean selfRegistration;
    private Instant createdAt;
    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String slug, String name, TenantType type, boolean selfRegistration, @Nullable Integer seatLimit,
            Instant now) {
        this.id = Ids.next();
        this.slug = slug;
        this.name = name;
        this.type = type;
        this.status = Status.ACTIVE;
        this.brandColor = "#1d4ed8";
        this.features = "";
        this.retentionDays = 730;
        this.seatLimit = seatLimit;
        this.selfRegistration = selfRegistration;
        this.createdAt = now;
    }

    public void update(String name, String brandColor, @Nullable String tagline, Set<String> features,
            int retentionDays, @Nullable Integer seatLimit, boolean selfRegistration) {
        this.name = name;
        this.brandColor = brandColor;
        this.tagline = tagline;
        this.features = String.join(",", new TreeSet<>(features));
        this.retentionDays = retentionDays;
        this.seatLimit = seatLimit;
        this.selfRegistration = selfRegistration;
    }

    public void suspend() {
        status = Status.SUSPENDED;
    }

    public void activate() {
        status = Status.ACTIVE;
    }

    public TenantId tenantId() { return new TenantId(id); }
    public UUID id() { return id; }
    public String slug() { return slug; }
    public String name() { return name; }
    public TenantType type() { return type; }
    public Status status() { return status; }
    public String brandColor() { return brandColor; }
    public @Nullable String tagline() { return tagline; }
    public Set<String> features() {
        return features.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(features.split(",")));
    }
    public int retentionDays() { return retentionDays; }
    public @Nullable Integer seatLimit() { return seatLimit; }
    public boolean selfRegistration() { return selfRegistration; }
    public Instant createdAt() { return createdAt; }
}
