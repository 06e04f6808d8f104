package org.vidya.organization.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.ClassMember;
import org.vidya.organization.domain.GroupService;
import org.vidya.organization.domain.GuardianService;
import org.vidya.organization.domain.InvitationService;
import org.vidya.organization.domain.MemberImport;
import org.vidya.organization.domain.MemberService;
import org.vidya.organization.domain.Membership;
import org.vidya.organization.domain.Tenant;
import org.vidya.organization.domain.TenantService;
import org.vidya.platform.ApiException;
import org.vidya.platform.CursorPage;
import org.vidya.platform.PlainText;
import org.vidya.platform.UserId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Tenants, members, classes, teams, parent–child links and invitations. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organization")
class OrganizationRestController {

    private final TenantService tenants;
    private final MemberService members;
    private final MemberImport imports;
    private final GroupService groups;
    private final GuardianService guardians;
    private final InvitationService invitations;

    OrganizationRestController(TenantService tenants, MemberService members, MemberImport imports,
            GroupService groups, GuardianService guardians, InvitationService invitations) {
        this.tenants = tenants;
        this.members = members;
        this.imports = imports;
        this.groups = groups;
        this.guardians = guardians;
        this.invitations = invitations;
    }

    // ---- tenants

    record NewTenant(@NotBlank @Size(max = 64) String slug, @NotBlank @Size(max = 120) @PlainText String name,
            @NotNull TenantType type, @Nullable @Min(1) @Max(1_000_000) Integer seatLimit,
            boolean selfRegistration, @NotBlank @Email @Size(max = 320) String adminEmail,
            @NotBlank @Size(max = 120) @PlainText String adminName) {
    }

    record TenantStatusChange(@NotNull Tenant.Status status) {
    }

    record TenantSettings(@NotBlank @Size(max = 120) @PlainText String name,
            @NotBlank @Size(max = 7) String brandColor, @Nullable @Size(max = 200) @PlainText String tagline,
            @NotNull @Size(max = 20) Set<@Size(max = 40) String> features, @Min(30) @Max(3650) int retentionDays,
            @Nullable @Min(1) @Max(1_000_000) Integer seatLimit, boolean selfRegistration) {
    }

    @GetMapping("/tenants")
    CursorPage<TenantService.TenantAdminView> tenants(@RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return tenants.list(cursor, limit);
    }

    @PostMapping("/tenants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a tenant and invite its first org admin (platform admins)")
    TenantService.TenantAdminView createTenant(@Valid @RequestBody NewTenant body) {
        return tenants.create(body.slug(), body.name(), body.type(), body.seatLimit(), body.selfRegistration(),
                body.adminEmail(), body.adminName());
    }

    @PatchMapping("/tenants/{id}")
    TenantService.TenantAdminView tenantStatus(@PathVariable UUID id, @Valid @RequestBody TenantStatusChange body) {
        return tenants.setStatus(id, body.status());
    }

    @GetMapping("/tenants/current")
    TenantService.TenantAdminView currentTenant() {
        return tenants.current();
    }

    @PatchMapping("/tenants/current")
    TenantService.TenantAdminView updateCurrentTenant(@Valid @RequestBody TenantSettings body) {
        return tenants.updateCurrent(body.name(), body.brandColor(), body.tagline(), body.features(),
                body.retentionDays(), body.seatLimit(), body.selfRegistration());
    }

    // ---- members

    record NewMember(@NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 120) @PlainText String displayName,
            @NotEmpty @Size(max = 8) List<@NotBlank @Size(max = 40) String> roles) {
    }

    record MemberChange(@Nullable @Size(min = 1, max = 8) List<@NotBlank @Size(max = 40) String> roles,
            Membership.@Nullable Status status) {
    }

    @GetMapping("/members")
    CursorPage<MemberService.MemberView> members(@RequestParam(required = false) @Size(max = 40) String role,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return members.list(FormInput.role(role, "role"), cursor, limit);
    }

    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    MemberService.MemberView addMember(@Valid @RequestBody NewMember body) {
        return members.add(body.email(), body.displayName(), FormInput.roles(body.roles(), "roles"));
    }

    @GetMapping("/members/{id}")
    MemberService.MemberView member(@PathVariable UUID id) {
        return members.get(id);
    }

    @PatchMapping("/members/{id}")
    MemberService.MemberView updateMember(@PathVariable UUID id, @Valid @RequestBody MemberChange body) {
        return members.update(id, body.roles() == null ? null : FormInput.roles(body.roles(), "roles"), body.status());
    }

    @DeleteMapping("/members/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(@PathVariable UUID id) {
        members.remove(id);
    }

    @PostMapping(path = "/members/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import members from CSV (email,name,roles,class); dryRun=true only checks")
    MemberImport.ImportReport importMembers(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        if (file.getSize() > 1024 * 1024) {
            throw ApiException.invalid("file", "too-large", "must be at most 1 MB");
        }
        return imports.run(new String(file.getBytes(), StandardCharsets.UTF_8), dryRun);
    }

    @PostMapping(path = "/members/imports", consumes = "text/csv")
    MemberImport.ImportReport importMembersText(@RequestBody @Size(max = 1024 * 1024) String csv,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        return imports.run(csv, dryRun);
    }

    // ---- classes

    record ClassBody(@NotBlank @Size(max = 120) @PlainText String name, @Nullable @Size(max = 32) @PlainText String grade,
            @Nullable @Size(max = 32) @PlainText String section,
            @Nullable @Size(max = 16) @PlainText String academicYear) {
    }

    record ClassMemberBody(@NotNull UUID userId, @NotNull ClassMember.ClassRole role) {
    }

    @GetMapping("/classes")
    CursorPage<GroupService.ClassView> classes(@RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return groups.classes(cursor, limit);
    }

    @PostMapping("/classes")
    @ResponseStatus(HttpStatus.CREATED)
    GroupService.ClassView createClass(@Valid @RequestBody ClassBody body) {
        return groups.createClass(body.name(), body.grade(), body.section(), body.academicYear());
    }

    @GetMapping("/classes/{id}")
    GroupService.ClassDetail classDetail(@PathVariable UUID id) {
        return groups.classDetail(id);
    }

    @PatchMapping("/classes/{id}")
    GroupService.ClassView updateClass(@PathVariable UUID id, @Valid @RequestBody ClassBody body) {
        return groups.updateClass(id, body.name(), body.grade(), body.section(), body.academicYear());
    }

    @DeleteMapping("/classes/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteClass(@PathVariable UUID id) {
        groups.deleteClass(id);
    }

    @PostMapping("/classes/{id}/members")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void addClassMember(@PathVariable UUID id, @Valid @RequestBody ClassMemberBody body) {
        groups.addToClass(id, new UserId(body.userId()), body.role());
    }

    @DeleteMapping("/classes/{id}/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeClassMember(@PathVariable UUID id, @PathVariable UUID userId) {
        groups.removeFromClass(id, new UserId(userId));
    }

    // ---- teams

    record TeamBody(@NotBlank @Size(max = 120) @PlainText String name, @Nullable UUID managerId) {
    }

    record TeamMemberBody(@NotNull UUID userId) {
    }

    @GetMapping("/teams")
    CursorPage<GroupService.TeamView> teams(@RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return groups.teams(cursor, limit);
    }

    @PostMapping("/teams")
    @ResponseStatus(HttpStatus.CREATED)
    GroupService.TeamView createTeam(@Valid @RequestBody TeamBody body) {
        return groups.createTeam(body.name(), body.managerId() == null ? null : new UserId(body.managerId()));
    }

    @GetMapping("/teams/{id}")
    GroupService.TeamDetail team(@PathVariable UUID id) {
        return groups.teamDetail(id);
    }

    @PatchMapping("/teams/{id}")
    GroupService.TeamView updateTeam(@PathVariable UUID id, @Valid @RequestBody TeamBody body) {
        return groups.updateTeam(id, body.name(), body.managerId() == null ? null : new UserId(body.managerId()));
    }

    @DeleteMapping("/teams/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTeam(@PathVariable UUID id) {
        groups.deleteTeam(id);
    }

    @PostMapping("/teams/{id}/members")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void addTeamMember(@PathVariable UUID id, @Valid @RequestBody TeamMemberBody body) {
        groups.addToTeam(id, new UserId(body.userId()));
    }

    @DeleteMapping("/teams/{id}/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeTeamMember(@PathVariable UUID id, @PathVariable UUID userId) {
        groups.removeFromTeam(id, new UserId(userId));
    }

    // ---- parent–child links

    record GuardianRequest(@Nullable UUID parentId, @NotBlank @Email @Size(max = 320) String childEmail) {
    }

    @GetMapping("/guardian-links")
    List<GuardianService.LinkView> guardianLinks() {
        return guardians.visibleLinks();
    }

    @PostMapping("/guardian-links")
    @ResponseStatus(HttpStatus.CREATED)
    GuardianService.LinkView requestGuardianLink(@Valid @RequestBody GuardianRequest body) {
        return guardians.request(body.parentId(), body.childEmail());
    }

    @PostMapping("/guardian-links/{id}/confirm")
    GuardianService.LinkView confirmGuardianLink(@PathVariable UUID id) {
        return guardians.confirm(id);
    }

    @DeleteMapping("/guardian-links/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeGuardianLink(@PathVariable UUID id) {
        guardians.revoke(id);
    }

    // ---- invitations

    record InvitationBody(@NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 120) @PlainText String displayName,
            @NotEmpty @Size(max = 8) List<@NotBlank @Size(max = 40) String> roles, @Nullable UUID classId,
            @Nullable UUID teamId) {
    }

    record AcceptBody(@Nullable @Size(max = 128) String password,
            @Nullable @Size(max = 120) @PlainText String displayName) {
    }

    record Accepted(String tenant) {
    }

    @GetMapping("/invitations")
    CursorPage<InvitationService.InvitationView> invitations(@RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return invitations.list(cursor, limit);
    }

    @PostMapping("/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    InvitationService.InvitationView invite(@Valid @RequestBody InvitationBody body) {
        return invitations.invite(body.email(), body.displayName(), FormInput.roles(body.roles(), "roles"), body.classId(),
                body.teamId(), groups);
    }

    @DeleteMapping("/invitations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeInvitation(@PathVariable UUID id) {
        invitations.revoke(id);
    }

    @PostMapping("/invitations/{token}/accept")
    @Operation(summary = "Accept an invitation: new people set a password; existing accounts must be signed in")
    Accepted accept(@PathVariable @Size(max = 200) String token, @Valid @RequestBody AcceptBody body) {
        return new Accepted(invitations.accept(token, body.password(), body.displayName()));
    }
}
