package org.vidya.organization;

import java.util.List;
import java.util.Optional;

import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/**
 * What other modules may ask of the organization: the kind of tenant, who is in a class or a
 * team, and who teaches or manages it. Every query answers for the current tenant only.
 */
public interface OrganizationManagement {

    /** The kind of the given tenant; empty for an unknown id. */
    Optional<TenantType> tenantType(TenantId tenant);

    /** A tenant by its slug, for start-up work such as demo content; not tenant-filtered. */
    Optional<TenantSummary> tenantBySlug(String slug);

    /** The learners of a class in the current tenant, by name; empty for an unknown class. */
    List<GroupMember> classLearners(ClassId classId);

    /** Whether the person is a teacher of the class. */
    boolean teachesClass(UserId user, ClassId classId);

    /** The classes the person teaches, by name. */
    List<GroupSummary> classesTaughtBy(UserId user);

    /** Every class of the current tenant, by name, for those who manage them all (an organization admin). */
    List<GroupSummary> classes();

    /** The classes the person learns in, by name. */
    List<GroupSummary> classesOf(UserId learner);

    /** The members of a team, by name; empty for an unknown team. */
    List<GroupMember> teamMembers(TeamId team);

    /** Whether the person manages the team. */
    boolean managesTeam(UserId user, TeamId team);

    /** The teams the person manages, by name. */
    List<GroupSummary> teamsManagedBy(UserId user);

    /** Whether the person has an active membership of the current tenant. */
    boolean isMember(UserId user);

    /** The name of a class or team, when it exists in the current tenant. */
    Optional<String> className(ClassId classId);

    Optional<String> teamName(TeamId team);
}
