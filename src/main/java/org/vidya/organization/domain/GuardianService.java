package org.vidya.organization.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.Role;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/**
 * Parent–child links. A parent asks to be linked to a child of the same tenant; the school
 * admin or the child confirms. A link made by an admin is confirmed at once.
 */
@Service
public class GuardianService {

    private final GuardianLinks links;
    private final Memberships memberships;
    private final IdentityManagement identity;
    private final AuditLog audit;
    private final Clock clock;

    GuardianService(GuardianLinks links, Memberships memberships, IdentityManagement identity, AuditLog audit,
            Clock clock) {
        this.links = links;
        this.memberships = memberships;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    public record LinkView(UUID id, UUID parentId, String parentName, UUID childId, String childName, String status,
            Instant createdAt) {
    }

    /** The links the current person may see: all for admins, their own otherwise. */
    @Transactional(readOnly = true)
    public List<LinkView> visibleLinks() {
        VidyaPrincipal p = CurrentUser.get();
        CurrentUser.tenant();
        List<GuardianLink> rows = p.has(Permission.GUARDIAN_LINKS_MANAGE) ? links.findAllByOrderByCreatedAtDesc()
                : Stream.concat(links.findByParentIdOrderByCreatedAt(p.userId().value()).stream(),
                        links.findByChildIdOrderByCreatedAt(p.userId().value()).stream()).toList();
        Map<UserId, AccountSummary> accounts = identity.accounts(
                rows.stream().flatMap(l -> Stream.of(l.parentId(), l.childId())).distinct().toList());
        return rows.stream().map(l -> view(l, accounts)).toList();
    }

    /** Confirmed children of a parent in the current tenant. */
    @Transactional(readOnly = true)
    public List<LinkView> childrenOf(UserId parent) {
        List<GuardianLink> rows = links.findByParentIdOrderByCreatedAt(parent.value()).stream()
                .filter(l -> l.status() == GuardianLink.Status.CONFIRMED).toList();
        Map<UserId, AccountSummary> accounts = identity.accounts(
                rows.stream().flatMap(l -> Stream.of(l.parentId(), l.childId())).distinct().toList());
        return rows.stream().map(l -> view(l, accounts)).toList();
    }

    @PreAuthorize("hasAnyAuthority('GUARDIAN_LINKS_MANAGE', 'GUARDIAN_LINKS_REQUEST')")
    @Transactional
    public LinkView request(@Nullable UUID parentId, String childEmail) {
        VidyaPrincipal p = CurrentUser.get();
        boolean admin = p.has(Permission.GUARDIAN_LINKS_MANAGE);
        UserId parent = admin && parentId != null ? new UserId(parentId) : p.userId();
        Membership parentMembership = memberships.findByUserId(parent.value())
                .filter(m -> m.roles().contains(Role.PARENT))
                .orElseThrow(() -> ApiException.invalid("parentId", "not-a-parent",
                        "is not a parent in your organization"));
        AccountSummary child = identity.findByEmail(childEmail)
                .filter(a -> memberships.findByUserId(a.id().value()).filter(m -> m.roles().contains(Role.LEARNER))
                        .isPresent())
                .orElseThrow(() -> ApiException.invalid("childEmail", "not-a-learner",
                        "is not a learner in your organization"));
        if (links.findByParentIdAndChildId(parentMembership.userId().value(), child.id().value()).isPresent()) {
            throw ApiException.conflict("link-exists", "This parent and child are already linked or waiting.");
        }
        GuardianLink link = new GuardianLink(parent, child.id(), p.userId(), clock.instant());
        if (admin) {
            link.confirm(p.userId(), clock.instant());
        }
        links.save(link);
        audit.record(AuditRecord.success(p.tenantId(), p.userId(), admin ? "guardian.linked" : "guardian.requested",
                "user", child.id(), "parent " + parent));
        return view(link, identity.accounts(List.of(parent, child.id())));
    }

    @Transactional
    public LinkView confirm(UUID id) {
        VidyaPrincipal p = CurrentUser.get();
        GuardianLink link = links.findById(id).orElseThrow(GuardianService::notFound);
        boolean admin = p.has(Permission.GUARDIAN_LINKS_MANAGE);
        boolean child = link.childId().equals(p.userId());
        if (!admin && !child) {
            if (link.parentId().equals(p.userId())) {
                throw ApiException.forbidden("access-denied", "The school or your child confirms this link.");
            }
            throw notFound();
        }
        if (link.status() != GuardianLink.Status.PENDING) {
            throw ApiException.conflict("link-not-pending", "This link is not waiting for confirmation.");
        }
        link.confirm(p.userId(), clock.instant());
        audit.record(AuditRecord.success(p.tenantId(), p.userId(), "guardian.confirmed", "user", link.childId(),
                "parent " + link.parentId()));
        return view(link, identity.accounts(List.of(link.parentId(), link.childId())));
    }

    @Transactional
    public void revoke(UUID id) {
        VidyaPrincipal p = CurrentUser.get();
        GuardianLink link = links.findById(id).orElseThrow(GuardianService::notFound);
        if (!p.has(Permission.GUARDIAN_LINKS_MANAGE) && !link.childId().equals(p.userId())
                && !link.parentId().equals(p.userId())) {
            throw notFound();
        }
        links.delete(link);
        audit.record(AuditRecord.success(p.tenantId(), p.userId(), "guardian.unlinked", "user", link.childId(),
                "parent " + link.parentId()));
    }

    private static LinkView view(GuardianLink l, Map<UserId, AccountSummary> accounts) {
        return new LinkView(l.id(), l.parentId().value(), name(accounts, l.parentId()), l.childId().value(),
                name(accounts, l.childId()), l.status().name(), l.createdAt());
    }

    private static String name(Map<UserId, AccountSummary> accounts, UserId id) {
        AccountSummary a = accounts.get(id);
        return a == null ? "" : a.displayName();
    }

    private static ApiException notFound() {
        return ApiException.notFound("link-not-found", "No such parent–child link in your organization.");
    }
}
