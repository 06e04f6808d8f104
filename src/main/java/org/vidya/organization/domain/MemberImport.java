package org.vidya.organization.domain;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.PlainTextValidator;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/**
 * Bulk import of members from CSV ({@code email,name,roles,class}; roles separated by
 * {@code ;}). Every line is checked first; valid lines are imported one transaction each and
 * invalid ones are reported with their line number and reasons. If the valid lines need more
 * seats than are free, nothing is imported.
 */
@Service
public class MemberImport {

    public static final int MAX_LINES = 5000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final Memberships memberships;
    private final SchoolClasses classes;
    private final ClassMembers classMembers;
    private final Seats seats;
    private final IdentityManagement identity;
    private final MemberService members;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MemberImport(Memberships memberships, SchoolClasses classes, ClassMembers classMembers, Seats seats,
            IdentityManagement identity, MemberService members, AuditLog audit, TransactionTemplate transactions,
            Clock clock) {
        this.memberships = memberships;
        this.classes = classes;
        this.classMembers = classMembers;
        this.seats = seats;
        this.identity = identity;
        this.members = members;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record LineResult(long line, String email, String outcome, List<FieldViolation> errors) {
    }

    public record ImportReport(boolean dryRun, int lines, int imported, int failed, List<LineResult> results) {
    }

    private record Row(long line, String email, String name, Set<Role> roles, @Nullable UUID classId) {
    }

    @PreAuthorize("hasAuthority('MEMBERS_MANAGE')")
    public ImportReport run(String csv, boolean dryRun) {
        TenantId tenant = CurrentUser.tenant();
        List<LineResult> results = new ArrayList<>();
        List<Row> valid = new ArrayList<>();
        transactions.executeWithoutResult(status -> parse(csv, results, valid));
        if (!dryRun && !valid.isEmpty()) {
            transactions.executeWithoutResult(status -> seats.checkFree(tenant, valid.size()));
        }
        int imported = 0;
        for (Row row : valid) {
            if (dryRun) {
                results.add(new LineResult(row.line(), row.email(), "valid", List.of()));
                continue;
            }
            try {
                transactions.executeWithoutResult(status -> importRow(row));
                results.add(new LineResult(row.line(), row.email(), "imported", List.of()));
                imported++;
            } catch (ApiException e) {
                results.add(new LineResult(row.line(), row.email(), "failed",
                        e.errors().isEmpty() ? List.of(new FieldViolation("email", e.code(), e.getMessage()))
                                : e.errors()));
            }
        }
        results.sort(java.util.Comparator.comparingLong(LineResult::line));
        int failed = (int) results.stream().filter(r -> r.outcome().equals("failed")).count();
        if (!dryRun) {
            audit.record(AuditRecord.success(tenant, CurrentUser.id(), "member.imported", "tenant", tenant,
                    imported + " imported, " + failed + " failed"));
        }
        return new ImportReport(dryRun, results.size(), imported, failed, results);
    }

    private void parse(String csv, List<LineResult> results, List<Row> valid) {
        Map<String, UUID> classByName = new HashMap<>();
        classes.findAll().forEach(c -> classByName.put(c.name().toLowerCase(Locale.ROOT), c.id()));
        Set<String> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("email") || !header.contains("name") || !header.contains("roles")) {
                throw ApiException.invalid("file", "missing-columns",
                        "needs a header line with the columns email,name,roles (and optionally class)");
            }
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > MAX_LINES) {
                    throw ApiException.invalid("file", "too-many-lines", "may have at most " + MAX_LINES + " lines");
                }
                long line = parser.getCurrentLineNumber();
                List<FieldViolation> errors = new ArrayList<>();
                String email = get(record, "email").toLowerCase(Locale.ROOT);
                String name = get(record, "name");
                String roleText = get(record, "roles");
                String className = get(record, "class");
                if (!EMAIL.matcher(email).matches() || email.length() > 320) {
                    errors.add(new FieldViolation("email", "invalid-email", "is not an e-mail address"));
                } else if (!seen.add(email)) {
                    errors.add(new FieldViolation("email", "duplicate", "appears more than once in this file"));
                }
                if (name.isBlank() || name.length() > 120 || !PlainTextValidator.isPlain(name)) {
                    errors.add(new FieldViolation("name", "invalid-name",
                            "must be 1–120 characters of plain text (no < or >)"));
                }
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (String code : roleText.split("[;|]")) {
                    if (code.isBlank()) {
                        continue;
                    }
                    try {
                        Role role = Role.fromCode(code);
                        if (role == Role.PLATFORM_ADMIN) {
                            throw new IllegalArgumentException();
                        }
                        roles.add(role);
                    } catch (IllegalArgumentException e) {
                        errors.add(new FieldViolation("roles", "unknown-role", "'" + code.strip() + "' is not a role"));
                    }
                }
                if (roles.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("roles"))) {
                    errors.add(new FieldViolation("roles", "required", "needs at least one role"));
                }
                UUID classId = null;
                if (!className.isBlank()) {
                    classId = classByName.get(className.toLowerCase(Locale.ROOT));
                    if (classId == null) {
                        errors.add(new FieldViolation("class", "unknown-class", "'" + className + "' is not a class"));
                    }
                }
                if (errors.isEmpty()) {
                    identity.findByEmail(email).ifPresent(a -> {
                        if (memberships.findByUserId(a.id().value()).isPresent()) {
                            errors.add(new FieldViolation("email", "already-member", "is already a member"));
                        }
                    });
                }
                if (errors.isEmpty()) {
                    valid.add(new Row(line, email, name, roles, classId));
                } else {
                    results.add(new LineResult(line, email, "failed", errors));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.invalid("file", "malformed-csv", "could not be read as CSV: " + e.getMessage());
        }
    }

    private void importRow(Row row) {
        AccountSummary account = identity.findOrInvite(row.email(), row.name());
        if (memberships.findByUserId(account.id().value()).isPresent()) {
            throw ApiException.invalid("email", "already-member", "is already a member");
        }
        memberships.save(new Membership(account.id(), row.roles(), clock.instant()));
        if (row.classId() != null) {
            classMembers.save(new ClassMember(row.classId(), account.id(),
                    row.roles().contains(Role.TEACHER) ? ClassMember.ClassRole.TEACHER : ClassMember.ClassRole.LEARNER,
                    clock.instant()));
        }
        if ("INVITED".equals(account.status())) {
            members.sendInvitation(account.email(), account.displayName(), row.roles(), null, null);
        }
    }

    private static String get(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }
}
