package org.vidya.privacy.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidya.platform.CursorPage;
import org.vidya.privacy.AuditEventView;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditOutcome;
import org.vidya.privacy.AuditQuery;

import io.swagger.v3.oas.annotations.tags.Tag;

/** The tenant's audit log, for its org admins. */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit log")
class AuditRestController {

    private final AuditLog log;

    AuditRestController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    CursorPage<AuditEventView> search(@RequestParam(required = false) UUID actor,
            @RequestParam(required = false) @Size(max = 320) String actorEmail,
            @RequestParam(required = false) @Size(max = 80) String action,
            @RequestParam(required = false) AuditOutcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return log.search(new AuditQuery(actor, actorEmail, action, outcome, from, to), cursor, limit);
    }
}
