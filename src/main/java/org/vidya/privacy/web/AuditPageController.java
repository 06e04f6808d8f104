package org.vidya.privacy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidya.platform.CursorPage;
import org.vidya.platform.Permission;
import org.vidya.platform.web.PageAccess;
import org.vidya.privacy.AuditEventView;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditOutcome;
import org.vidya.privacy.AuditQuery;

/**
 * The organization's audit log for its admins, newest first, with filters and an "Older" link.
 * Dates are whole days in UTC: "to" includes the day it names.
 */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;

    /** The filters as typed, kept to refill the form and to build the "Older" link. */
    record AuditFilter(String actor, String action, String outcome, String from, String to) {
    }

    private final AuditLog log;

    AuditPageController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, @RequestParam(required = false) @Nullable String cursor,
            Model model, HttpServletResponse response) {
        // The log checks this too; checking first keeps a bad filter from showing the page to anyone else.
        PageAccess.require(Permission.AUDIT_READ);
        AuditFilter filter = new AuditFilter(actor.strip(), cut(action.strip(), 80), outcome.strip(), from.strip(),
                to.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        // The actor is named by e-mail address or, from a link in the table, by id.
        boolean byEmail = filter.actor().contains("@");
        UUID actorId = byEmail ? null : parse(filter.actor(), UUID::fromString, "actor", errors);
        String actorEmail = byEmail ? cut(filter.actor(), 320) : null;
        AuditOutcome outcomeValue = parse(filter.outcome(), AuditOutcome::valueOf, "outcome", errors);
        LocalDate fromDay = parse(filter.from(), LocalDate::parse, "from", errors);
        LocalDate toDay = parse(filter.to(), LocalDate::parse, "to", errors);
        model.addAttribute("filter", filter);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("cursor", cursor);
        model.addAttribute("utc", ZoneOffset.UTC);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("page", new CursorPage<AuditEventView>(List.of(), null));
            return "privacy/audit";
        }
        Instant fromInstant = fromDay == null ? null : fromDay.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant toInstant = toDay == null ? null : toDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        model.addAttribute("page", log.search(new AuditQuery(actorId, actorEmail, filter.action(), outcomeValue,
                fromInstant,
                toInstant), cursor, PAGE_SIZE));
        return "privacy/audit";
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> @Nullable T parse(String text, Parser<T> parser, String field, Map<String, String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.put(field, "privacy.audit.invalid." + field);
            return null;
        }
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
