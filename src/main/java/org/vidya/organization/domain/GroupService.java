package org.vidya.organization.domain;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.CursorPage;
import org.vidya.platform.Permission;
import org.vidya.platform.Role;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/** Classes (grade and section, teachers and learners) and teams (a manager and members). */
@Service
public class GroupService {

    private final SchoolClasses classes;
    private final ClassMembers classMembers;
    private final Teams teams;
    private final TeamMembers teamMembers;
    private final Memberships memberships;
    private final IdentityManagement identity;
    private final AuditLog audit;
    private final Clock clock;

    GroupService(SchoolClasses classes, ClassMembers classMembers, Teams teams, TeamMembers teamMembers,
            Memberships memberships, IdentityManagement identity, AuditLog audit, Clock clock) {
        this.classes = classes;
        this.classMembers = classMembers;
        this.teams = teams;
        this.teamMembers = teamMembers;
        this.memberships = memberships;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    public record Person(UUID userId, String displayName, String email, String role) {
    }

    public record ClassView(UUID id, String name, @Nullable String grade, @Nullable String section,
            @Nullable String academicYear, long teachers, long learners) {
    }

    public record ClassDetail(ClassView summary, List<Person> members) {
    }

    public record TeamView(UUID id, String name, @Nullable UUID managerId, @Nullable String managerName,
            int members) {
    }

    public record TeamDetail(TeamView summary, List<Person> members) {
    }

    // ---- classes

    @PreAuthorize("hasAnyAuthority('CLASSES_READ', 'CLASSES_READ_OWN')")
    @Transactional(readOnly = true)
    public CursorPage<ClassView> classes(@Nullable String cursor, @Nullable Integer limit) {
        VidyaPrincipal p = CurrentUser.get();
        int size = CursorPage.limit(limit);
        if (p.has(Permission.CLASSES_READ)) {
            return CursorPage.of(classes.findByIdGreaterThanOrderById(CursorPage.after(cursor), Limit.of(size + 1)),
                    size, SchoolClass::id, this::view);
        }
        return new CursorPage<>(myClasses(p.userId()), null);
    }

    @Transactional(readOnly = true)
    public List<ClassView> myClasses(UserId user) {
        Set<UUID> ids = classMembers.findByUserId(user.value()).stream().map(ClassMember::classId)
                .collect(Collectors.toSet());
        return classes.findByIdInOrderByName(ids).stream().map(this::view).toList();
    }

    @PreAuthorize("hasAnyAuthority('CLASSES_READ', 'CLASSES_READ_OWN')")
    @Transactional(readOnly = true)
    public ClassDetail classDetail(UUID id) {
        SchoolClass c = findClass(id);
        VidyaPrincipal p = CurrentUser.get();
        List<ClassMember> members = classMembers.findByClassIdOrderByCreatedAt(id);
        boolean inClass = members.stream().anyMatch(m -> m.userId().equals(p.userId()));
        if (!p.has(Permission.CLASSES_READ) && !inClass) {
            throw classNotFound();
        }
        Map<UserId, AccountSummary> accounts = identity.accounts(members.stream().map(ClassMember::userId).toList());
        boolean learnerView = !p.has(Permission.MEMBERS_READ);
        List<Person> people = members.stream()
                .filter(m -> accounts.containsKey(m.userId()))
                .map(m -> {
                    AccountSummary a = accounts.get(m.userId());
                    return new Person(a.id().value(), a.displayName(), learnerView ? "" : a.email(),
                            m.role().name().toLowerCase());
                })
                .sorted(Comparator.comparing(Person::role).reversed().thenComparing(Person::displayName))
                .toList();
        return new ClassDetail(view(c), people);
    }

    @PreAuthorize("hasAuthority('CLASSES_MANAGE')")
    @Transactional
    public ClassView createClass(String name, @Nullable String grade, @Nullable String section,
            @Nullable String academicYear) {
        SchoolClass c = classes.save(new SchoolClass(name, grade, section, academicYear, clock.instant()));
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "class.created", "class", c.id(),
                c.name()));
        return view(c);
    }

    @PreAuthorize("hasAuthority('CLASSES_MANAGE')")
    @Transactional
    public ClassView updateClass(UUID id, String name, @Nullable String grade, @Nullable String section,
            @Nullable String academicYear) {
        SchoolClass c = findClass(id);
        c.update(name, grade, section, academicYear);
        return view(c);
    }

    @PreAuthorize("hasAuthority('CLASSES_MANAGE')")
    @Transactional
    public void deleteClass(UUID id) {
        SchoolClass c = findClass(id);
        classMembers.deleteByClassId(id);
        classes.delete(c);
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "class.deleted", "class", id,
                c.name()));
    }

    @PreAuthorize("hasAuthority('CLASSES_MANAGE')")
    @Transactional
    public void addToClass(UUID classId, UserId user, ClassMember.ClassRole role) {
        findClass(classId);
        Membership m = memberships.findByUserId(user.value()).orElseThrow(
                () -> ApiException.invalid("userId", "not-a-member", "is not a member of your organization"));
        Role needed = role == ClassMember.ClassRole.TEACHER ? Role.TEACHER : Role.LEARNER;
        if (!m.roles().contains(needed)) {
            throw ApiException.invalid("role", "role-mismatch", "this person is not a " + needed.code());
        }
        if (classMembers.findByClassIdAndUserId(classId, user.value()).isPresent()) {
            throw ApiException.conflict("already-in-class", "This person is already in the class.");
        }
        classMembers.save(new ClassMember(classId, user, role, clock.instant()));
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "class.member-added", "user", user,
                "class " + classId + " as " + role.name().toLowerCase()));
    }

    @PreAuthorize("hasAuthority('CLASSES_MANAGE')")
    @Transactional
    public void removeFromClass(UUID classId, UserId user) {
        findClass(classId);
        ClassMember member = classMembers.findByClassIdAndUserId(classId, user.value()).orElseThrow(
                () -> ApiException.notFound("not-in-class", "This person is not in the class."));
        classMembers.delete(member);
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "class.member-removed", "user",
                user, "class " + classId));
    }

    // ---- teams

    @PreAuthorize("hasAuthority('TEAMS_READ')")
    @Transactional(readOnly = true)
    public CursorPage<TeamView> teams(@Nullable String cursor, @Nullable Integer limit) {
        VidyaPrincipal p = CurrentUser.get();
        int size = CursorPage.limit(limit);
        if (p.has(Permission.TEAMS_MANAGE) || p.has(Permission.ANALYTICS_READ)) {
            return CursorPage.of(teams.findByIdGreaterThanOrderById(CursorPage.after(cursor), Limit.of(size + 1)),
                    size, Team::id, this::view);
        }
        return new CursorPage<>(teams.findByManagerIdOrderByName(p.userId().value()).stream().map(this::view)
                .toList(), null);
    }

    /** The teams a person manages, by name. */
    @Transactional(readOnly = true)
    public List<TeamView> managedTeams(UserId manager) {
        return teams.findByManagerIdOrderByName(manager.value()).stream().map(this::view).toList();
    }

    @PreAuthorize("hasAuthority('TEAMS_READ')")
    @Transactional(readOnly = true)
    public TeamDetail teamDetail(UUID id) {
        Team t = findTeam(id);
        VidyaPrincipal p = CurrentUser.get();
        if (!(p.has(Permission.TEAMS_MANAGE) || p.has(Permission.ANALYTICS_READ))
                && !p.userId().equals(t.managerId())) {
            throw teamNotFound();
        }
        List<TeamMember> members = teamMembers.findByTeamIdOrderByCreatedAt(id);
        Map<UserId, AccountSummary> accounts = identity.accounts(members.stream().map(TeamMember::userId).toList());
        List<Person> people = members.stream().filter(m -> accounts.containsKey(m.userId()))
                .map(m -> {
                    AccountSummary a = accounts.get(m.userId());
                    return new Person(a.id().value(), a.displayName(), a.email(), "member");
                })
                .sorted(Comparator.comparing(Person::displayName)).toList();
        return new TeamDetail(view(t), people);
    }

    @PreAuthorize("hasAuthority('TEAMS_MANAGE')")
    @Transactional
    public TeamView createTeam(String name, @Nullable UserId manager) {
        checkManager(manager);
        Team t = teams.save(new Team(name, manager, clock.instant()));
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "team.created", "team", t.id(),
                t.name()));
        return view(t);
    }

    @PreAuthorize("hasAuthority('TEAMS_MANAGE')")
    @Transactional
    public TeamView updateTeam(UUID id, String name, @Nullable UserId manager) {
        Team t = findTeam(id);
        checkManager(manager);
        t.update(name, manager);
        return view(t);
    }

    @PreAuthorize("hasAuthority('TEAMS_MANAGE')")
    @Transactional
    public void deleteTeam(UUID id) {
        Team t = findTeam(id);
        teamMembers.deleteByTeamId(id);
        teams.delete(t);
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "team.deleted", "team", id,
                t.name()));
    }

    @PreAuthorize("hasAuthority('TEAMS_MANAGE')")
    @Transactional
    public void addToTeam(UUID teamId, UserId user) {
        findTeam(teamId);
        memberships.findByUserId(user.value()).orElseThrow(
                () -> ApiException.invalid("userId", "not-a-member", "is not a member of your organization"));
        if (teamMembers.findByTeamIdAndUserId(teamId, user.value()).isPresent()) {
            throw ApiException.conflict("already-in-team", "This person is already in the team.");
        }
        teamMembers.save(new TeamMember(teamId, user, clock.instant()));
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "team.member-added", "user", user,
                "team " + teamId));
    }

    @PreAuthorize("hasAuthority('TEAMS_MANAGE')")
    @Transactional
    public void removeFromTeam(UUID teamId, UserId user) {
        findTeam(teamId);
        TeamMember member = teamMembers.findByTeamIdAndUserId(teamId, user.value()).orElseThrow(
                () -> ApiException.notFound("not-in-team", "This person is not in the team."));
        teamMembers.delete(member);
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "team.member-removed", "user", user,
                "team " + teamId));
    }

    private void checkManager(@Nullable UserId manager) {
        if (manager == null) {
            return;
        }
        Membership m = memberships.findByUserId(manager.value()).orElseThrow(
                () -> ApiException.invalid("managerId", "not-a-member", "is not a member of your organization"));
        if (!m.roles().contains(Role.TEAM_MANAGER)) {
            throw ApiException.invalid("managerId", "role-mismatch", "this person is not a team_manager");
        }
    }

    SchoolClass findClass(UUID id) {
        return classes.findById(id).orElseThrow(GroupService::classNotFound);
    }

    Team findTeam(UUID id) {
        return teams.findById(id).orElseThrow(GroupService::teamNotFound);
    }

    private ClassView view(SchoolClass c) {
        return new ClassView(c.id(), c.name(), c.grade(), c.section(), c.academicYear(),
                classMembers.countByClassIdAndRole(c.id(), ClassMember.ClassRole.TEACHER),
                classMembers.countByClassIdAndRole(c.id(), ClassMember.ClassRole.LEARNER));
    }

    private TeamView view(Team t) {
        String managerName = t.managerId() == null ? null
                : identity.find(t.managerId()).map(AccountSummary::displayName).orElse(null);
        return new TeamView(t.id(), t.name(), t.managerId() == null ? null : t.managerId().value(), managerName,
                teamMembers.findByTeamIdOrderByCreatedAt(t.id()).size());
    }

    private static ApiException classNotFound() {
        return ApiException.notFound("class-not-found", "No such class in your organization.");
    }

    private static ApiException teamNotFound() {
        return ApiException.notFound("team-not-found", "No such team in your organization.");
    }
}
