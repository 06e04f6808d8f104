package org.vidya.catalog.domain;

import org.vidya.catalog.DomainId;
import org.vidya.platform.TenantId;

/** A domain as authors and readers see it; {@code owner} is the platform for platform-wide ones. */
public record DomainView(DomainId id, TenantId owner, String slug, LocalizedText title) {
}
