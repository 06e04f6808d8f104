package org.vidya.organization.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.organization.ClassId;
import org.vidya.organization.GroupMember;
import org.vidya.organization.GroupSummary;
import org.vidya.organization.OrganizationManagement;
import org.vidya.organization.TeamId;
import org.vidya.organization.TenantSummary;
import org.vidya.organization.TenantType;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/** Answers {@link OrganizationManagement} from the class, team and tenant tables. */
@Service
@Transactional(readOnly = true)
class GroupDirectory implements OrganizationManagement {

    private final Tenants tenants;
    private final SchoolClasses classes;
    private final ClassMembers classMembers;
    private final Teams teams;
    private final TeamMembers teamMembers;
    private final IdentityManagement identity;
    private final Memberships memberships;

    GroupDirectory(Tenants tenants, SchoolClasses classes, ClassMembers classMembers, Teams teams,
            TeamMembers teamMembers, IdentityManagement identity, Memberships memberships) {
        this.tenants = tenants;
        this.classes = classes;
        this.classMembers = classMembers;
        this.teams = teams;
        this.teamMembers = teamMembers;
        this.identity = identity;
        this.memberships = memberships;
    }

    @Override
    public Optional<TenantType> tenantType(TenantId tenant) {
        // The tenant table is not tenant-filtered; a tenant may read its own kind.
        return tenants.findById(tenant.value()).map(Tenant::type);
    }

    @Override
    public Optional<TenantSummary> tenantBySlug(String slug) {
        return tenants.findBySlug(slug).map(TenantService::summary);
    }

    @Override
    public List<GroupMember> classLearners(ClassId classId) {
        return people(classMembers.findByClassIdOrderByCreatedAt(classId.value()).stream()
                .filter(m -> m.role() == ClassMember.ClassRole.LEARNER).map(ClassMember::userId).toList());
    }

    @Override
    public boolean teachesClass(UserId user, ClassId classId) {
        return classMembers.findByClassIdAndUserId(classId.value(), user.value())
                .filter(m -> m.role() == ClassMember.ClassRole.TEACHER).isPresent();
    }

    @Override
    public List<GroupSummary> classesTaughtBy(UserId user) {
        return classSummaries(user, ClassMember.ClassRole.TEACHER);
    }

    @Override
    public List<GroupSummary> classes() {
        return classes.findAll(org.springframework.data.domain.Sort.by("name")).stream()
                .map(c -> new GroupSummary(c.id(), c.name(),
                        (int) classMembers.countByClassIdAndRole(c.id(), ClassMember.ClassRole.LEARNER)))
                .toList();
    }

    @Override
    public List<GroupSummary> classesOf(UserId learner) {
        return classSummaries(learner, ClassMember.ClassRole.LEARNER);
    }

    @Override
    public List<GroupMember> teamMembers(TeamId team) {
        return people(teamMembers.findByTeamIdOrderByCreatedAt(team.value()).stream().map(TeamMember::userId)
                .toList());
    }

    @Override
    public boolean managesTeam(UserId user, TeamId team) {
        return teams.findById(team.value()).map(t -> user.equals(t.managerId())).orElse(false);
    }

    @Override
    public List<GroupSummary> teamsManagedBy(UserId user) {
        return teams.findByManagerIdOrderByName(user.value()).stream()
                .map(t -> new GroupSummary(t.id(), t.name(), teamMembers.findByTeamIdOrderByCreatedAt(t.id()).size()))
                .toList();
    }

    @Override
    public boolean isMember(UserId user) {
        return memberships.findByUserId(user.value()).filter(m -> m.status() == Membership.Status.ACTIVE).isPresent();
    }

    @Override
    public Optional<String> className(ClassId classId) {
        return classes.findById(classId.value()).map(SchoolClass::name);
    }

    @Override
    public Optional<String> teamName(TeamId team) {
        return teams.findById(team.value()).map(Team::name);
    }

    private List<GroupSummary> classSummaries(UserId user, ClassMember.ClassRole role) {
        List<UUID> ids = classMembers.findByUserId(user.value()).stream().filter(m -> m.role() == role)
                .map(ClassMember::classId).toList();
        return classes.findByIdInOrderByName(ids).stream()
                .map(c -> new GroupSummary(c.id(), c.name(),
                        (int) classMembers.countByClassIdAndRole(c.id(), ClassMember.ClassRole.LEARNER)))
                .toList();
    }

    private List<GroupMember> people(Collection<UserId> ids) {
        Map<UserId, AccountSummary> accounts = identity.accounts(ids);
        return ids.stream().filter(accounts::containsKey)
                .map(id -> new GroupMember(id, accounts.get(id).displayName()))
                .sorted(Comparator.comparing(GroupMember::displayName))
                .collect(Collectors.toList());
    }
}
