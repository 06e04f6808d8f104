package org.vidya.coursework.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vidya.coursework.AssignmentId;
import org.vidya.coursework.SubmissionId;
import org.vidya.coursework.domain.AssignmentService.AssignmentView;
import org.vidya.coursework.domain.SubmissionViews.SubmissionView;
import org.vidya.identity.AccountSummary;
import org.vidya.learning.EnrolledLearner;
import org.vidya.learning.LearningManagement;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.Ids;
import org.vidya.platform.Secrets;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.storage.FileStore;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/**
 * Learners hand in work (text, a link, a video link or a file) and replace it until the due
 * date; late work follows the assignment's policy. Staff read the roster and the submissions,
 * and every such read of a learner's work is audited.
 */
@Service
public class SubmissionService {

    public static final int MAX_TEXT = 50_000;
    public static final int MAX_KEY = 100;

    private final Assignments assignments;
    private final Submissions submissions;
    private final SubmissionAttempts attempts;
    private final SubmitKeys keys;
    private final CourseworkAccess access;
    private final SubmissionViews views;
    private final LearningManagement learning;
    private final FileStore files;
    private final CourseworkProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    SubmissionService(Assignments assignments, Submissions submissions, SubmissionAttempts attempts, SubmitKeys keys,
            CourseworkAccess access, SubmissionViews views, LearningManagement learning, FileStore files,
            CourseworkProperties properties, AuditLog audit, Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.attempts = attempts;
        this.keys = keys;
        this.access = access;
        this.views = views;
        this.learning = learning;
        this.files = files;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Where the signed-in learner stands with an assignment.
     *
     * @param accepting  whether handing in (or replacing) now would be accepted
     * @param lateNow    whether the due date has passed
     * @param submission their submission with its released grade; none when nothing is handed in
     */
    public record LearnerSubmission(UUID assignmentId, SubmissionStatus status, Instant dueAt, boolean accepting,
            boolean lateNow, @Nullable SubmissionView submission) {
    }

    /** One learner on an assignment's roster; {@code points} are the draft grade's, after any late penalty. */
    public record RosterRow(UUID learnerId, String learnerName, boolean enrolled, SubmissionStatus status,
            @Nullable UUID submissionId, @Nullable Instant submittedAt, int attempts, @Nullable BigDecimal points,
            boolean graded, boolean released, boolean releasePending) {
    }

    public record Roster(AssignmentView assignment, List<RosterRow> rows) {

        public long releasable() {
            return rows.stream().filter(RosterRow::releasePending).count();
        }
    }

    /** A file upload as it arrived: the name the learner's computer gave it, its size, its bytes. */
    public record Upload(String originalName, long size, InputStreamSource content) {
    }

    /** A file to download; the caller closes {@code content}. */
    public record Download(String name, String contentType, long size, InputStream content) {
    }

    // ---- handing in

    /** Hands in text, a link or a video link; with an idempotency key, a retry returns the first result. */
    @PreAuthorize("hasAuthority('COURSES_LEARN')")
    @Transactional
    public SubmissionView submit(AssignmentId id, SubmissionContent content, @Nullable String idempotencyKey) {
        String key = checkKey(idempotencyKey);
        String request = switch (content) {
            case SubmissionContent.Text text -> {
                if (text.text().isBlank() || text.text().length() > MAX_TEXT) {
                    throw ApiException.invalid("text", "size", "write something, at most " + MAX_TEXT + " characters");
                }
                yield "TEXT\n" + text.text();
            }
            case SubmissionContent.Link link -> {
                if (!AssignmentService.isWebAddress(link.url())) {
                    throw ApiException.invalid("url", "not-a-web-address",
                            "must be an http:// or https:// address of at most 2000 characters");
                }
                yield link.type() + "\n" + link.url();
            }
            case SubmissionContent.File file -> throw new IllegalArgumentException("files go through submitFile");
        };
        return handIn(id.value(), content.type(), key, hash(id.value() + "\n" + request), assignment -> content);
    }

    /**
     * Hands in a file. It is checked before anything is stored: the size limit (413
     * {@code payload-too-large}) and its kind from its bytes against its name (415
     * {@code unsupported-media-type}). A failed hand-in leaves no file behind. No upload at all
     * is a field error on {@code file}.
     */
    @PreAuthorize("hasAuthority('COURSES_LEARN')")
    @Transactional
    public SubmissionView submitFile(AssignmentId id, @Nullable Upload upload, @Nullable String idempotencyKey) {
        if (upload == null) {
            throw ApiException.invalid("file", "required", "choose a file to hand in");
        }
        String key = checkKey(idempotencyKey);
        long limit = properties.maxFileSize().toBytes();
        if (upload.size() > limit) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    "The file is larger than " + (limit / (1024 * 1024)) + " MB.")
                    .with("maxBytes", limit);
        }
        if (upload.size() <= 0) {
            throw ApiException.invalid("file", "empty", "the file is empty");
        }
        String name = FileTypes.safeName(upload.originalName());
        String request = key == null ? null : hash(id.value() + "\nFILE\n" + name + "\n" + digest(upload));
        return handIn(id.value(), SubmissionType.FILE, key, request, assignment -> store(assignment, name, upload));
    }

    private SubmissionView handIn(UUID assignmentId, SubmissionType type, @Nullable String key,
            @Nullable String requestHash, Function<Assignment, SubmissionContent> content) {
        VidyaPrincipal me = CurrentUser.get();
        if (key != null) {
            Optional<SubmissionView> replay = replay(me, key, assignmentId, String.valueOf(requestHash));
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Assignment assignment = access.forLearner(assignmentId);
        if (!assignment.accepts(type)) {
            throw ApiException.invalid("type", "type-not-allowed", "this assignment does not take "
                    + type.name().toLowerCase().replace('_', ' ') + " submissions");
        }
        Instant now = now();
        Optional<Submission> existing = submissions.findByAssignmentIdAndLearnerId(assignment.id(),
                me.userId().value());
        checkWindow(assignment, existing.orElse(null), now);
        SubmissionContent handedIn = content.apply(assignment);
        Submission submission = existing.orElseGet(() -> new Submission(assignment, me.userId(), now));
        SubmissionAttempt attempt = submission.handIn(handedIn, now);
        submission = submissions.save(submission);
        attempt = attempts.save(attempt);
        if (key != null) {
            keys.save(new SubmitKey(me.userId(), key, String.valueOf(requestHash), assignment.id(), attempt.id(), now));
        }
        return views.forLearner(assignment, submission, attempt);
    }

    private static void checkWindow(Assignment assignment, @Nullable Submission existing, Instant now) {
        Deadline deadline = assignment.deadline();
        if (existing != null) {
            if (existing.isReleased()) {
                throw ApiException.conflict("submission-graded",
                        "Your work has been graded, so it can no longer be replaced.");
            }
            if (!deadline.replaceable(now)) {
                throw ApiException.conflict("submission-final",
                        "The due date has passed, so your submission can no longer be replaced.");
            }
        } else if (!deadline.accepts(now)) {
            throw ApiException.conflict("submission-closed", assignment.latePolicy() == LatePolicy.REJECT
                    ? "The due date has passed and this assignment does not accept late work."
                    : "The cut-off for late work has passed; nothing more is accepted.")
                    .with("dueAt", assignment.dueAt().toString());
        }
    }

    private Optional<SubmissionView> replay(VidyaPrincipal me, String key, UUID assignmentId, String requestHash) {
        return keys.findByLearnerIdAndIdempotencyKey(me.userId().value(), key).map(earlier -> {
            if (!earlier.assignmentId().equals(assignmentId) || !earlier.requestHash().equals(requestHash)) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                        "This Idempotency-Key was already used for a different submission. Use a new key.");
            }
            SubmissionAttempt attempt = attempts.findById(earlier.attemptId()).orElseThrow();
            Submission submission = submissions.findById(attempt.submissionId()).orElseThrow();
            Assignment assignment = assignments.findById(submission.assignmentId()).orElseThrow();
            return views.forLearner(assignment, submission, attempt);
        });
    }

    private SubmissionContent.File store(Assignment assignment, String name, Upload upload) {
        String detected;
        try (InputStream in = upload.content().getInputStream()) {
            detected = FileTypes.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileTypes.Kind kind = FileTypes.kindOf(name, detected);
        String key = "coursework/" + assignment.tenantId() + "/" + assignment.id() + "/" + Ids.next();
        long size;
        try (InputStream in = upload.content().getInputStream()) {
            size = files.put(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteUnlessCommitted(key);
        return new SubmissionContent.File(key, name, kind.contentType(), size);
    }

    // The file is written before the rows that point at it; if the transaction does not commit,
    // the file goes too, so a failed hand-in leaves nothing behind.
    private void deleteUnlessCommitted(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        files.delete(key);
                    }
                }
            });
        }
    }

    // ---- reading

    /** The signed-in learner's standing on an assignment, with the grade once released. */
    @PreAuthorize("hasAuthority('COURSES_LEARN')")
    @Transactional(readOnly = true)
    public LearnerSubmission mine(AssignmentId id) {
        VidyaPrincipal me = CurrentUser.get();
        Assignment assignment = access.forLearner(id.value());
        Optional<Submission> submission = submissions.findByAssignmentIdAndLearnerId(assignment.id(),
                me.userId().value());
        Instant now = now();
        Deadline deadline = assignment.deadline();
        SubmissionStatus status = deadline.status(submission.map(Submission::submittedAt).orElse(null),
                submission.map(Submission::isReleased).orElse(false), now);
        boolean accepting = submission.map(s -> !s.isReleased() && deadline.replaceable(now))
                .orElseGet(() -> deadline.accepts(now));
        return new LearnerSubmission(assignment.id(), status, assignment.dueAt(), accepting, deadline.isLate(now),
                submission.map(s -> views.forLearner(assignment, s)).orElse(null));
    }

    /** How many hand-ins of the tenant wait for a grade, for the staff dashboard. */
    @PreAuthorize("hasAuthority('COURSEWORK_MANAGE')")
    @Transactional(readOnly = true)
    public long awaitingGrade() {
        return submissions.countByGradePointsIsNull();
    }

    /**
     * Everyone enrolled in the assignment's course, and anyone else who handed in, with their
     * status and draft points; by name. The read is audited.
     */
    @PreAuthorize("hasAuthority('COURSEWORK_MANAGE')")
    @Transactional(readOnly = true)
    public Roster roster(AssignmentId id) {
        Assignment assignment = access.forStaff(id.value());
        List<EnrolledLearner> enrolled = learning.enrolledLearners(assignment.courseId());
        Map<UserId, Submission> handedIn = submissions.findByAssignmentId(assignment.id()).stream()
                .collect(Collectors.toMap(Submission::learner, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<UserId, String> names = new LinkedHashMap<>();
        enrolled.forEach(e -> names.put(e.userId(), e.displayName()));
        List<UserId> others = handedIn.keySet().stream().filter(u -> !names.containsKey(u)).toList();
        Map<UserId, AccountSummary> otherAccounts = others.isEmpty() ? Map.of() : views.names(others);
        others.forEach(u -> names.put(u, otherAccounts.containsKey(u) ? otherAccounts.get(u).displayName() : ""));
        Instant now = now();
        Deadline deadline = assignment.deadline();
        List<RosterRow> rows = new ArrayList<>();
        names.forEach((learner, name) -> {
            Submission s = handedIn.get(learner);
            boolean isEnrolled = enrolled.stream().anyMatch(e -> e.userId().equals(learner));
            if (s == null) {
                rows.add(new RosterRow(learner.value(), name, isEnrolled, deadline.status(null, false, now), null,
                        null, 0, null, false, false, false));
                return;
            }
            SubmissionViews.GradeView draft = views.draftGrade(assignment, s);
            rows.add(new RosterRow(learner.value(), name, isEnrolled,
                    deadline.status(s.submittedAt(), s.isReleased(), now), s.id(), s.submittedAt(), s.attempts(),
                    draft == null ? null : draft.finalPoints(), s.isGraded(), s.isReleased(), s.releasePending()));
        });
        rows.sort(Comparator.comparing(RosterRow::learnerName, String.CASE_INSENSITIVE_ORDER));
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "assignment.submissions-read",
                "assignment", assignment.id(), rows.size() + " learners"));
        return new Roster(AssignmentService.view(assignment, access.findCourse(assignment.courseId())
                .map(c -> c.summary().title()).orElse(null)), rows);
    }

    /**
     * One submission: staff read any of the tenant's (audited, with the draft grade); a learner
     * only their own, with the grade only once released.
     */
    @PreAuthorize("hasAnyAuthority('COURSES_LEARN', 'COURSEWORK_MANAGE')")
    @Transactional(readOnly = true)
    public SubmissionView read(SubmissionId id) {
        VidyaPrincipal me = CurrentUser.get();
        Submission submission = access.submission(id.value());
        Assignment assignment = assignments.findById(submission.assignmentId()).orElseThrow();
        if (submission.learner().equals(me.userId()) && !CourseworkAccess.isStaff(me)) {
            return views.forLearner(assignment, submission);
        }
        if (!submission.learner().equals(me.userId())) {
            audit.record(AuditRecord.success(CurrentUser.tenant(), me.userId(), "submission.read", "submission",
                    submission.id(), "learner " + submission.learner()));
        }
        return views.forStaff(assignment, submission);
    }

    /** The file of a submission's current attempt, for its learner or staff (audited). */
    @PreAuthorize("hasAnyAuthority('COURSES_LEARN', 'COURSEWORK_MANAGE')")
    @Transactional(readOnly = true)
    public Download download(SubmissionId id) {
        VidyaPrincipal me = CurrentUser.get();
        Submission submission = access.submission(id.value());
        SubmissionAttempt attempt = attempts.findById(submission.currentAttemptId()).orElseThrow();
        if (!(attempt.content() instanceof SubmissionContent.File file)) {
            throw ApiException.notFound("no-file", "This submission has no file.");
        }
        InputStream content = files.get(file.key()).orElseThrow(() ->
                ApiException.notFound("file-not-found", "The file of this submission is no longer stored."));
        if (!submission.learner().equals(me.userId())) {
            audit.record(AuditRecord.success(CurrentUser.tenant(), me.userId(), "submission.file-downloaded",
                    "submission", submission.id(), "learner " + submission.learner() + ", " + file.name()));
        }
        return new Download(file.name(), file.contentType(), file.size(), content);
    }

    // ---- helpers

    private static @Nullable String checkKey(@Nullable String key) {
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw ApiException.invalid(List.of(new FieldViolation("Idempotency-Key", "invalid",
                    "must be 1 to " + MAX_KEY + " visible ASCII characters")));
        }
        return key;
    }

    private static String hash(String value) {
        return Secrets.sha256(value);
    }

    private static String digest(Upload upload) {
        try (InputStream in = new DigestInputStream(upload.content().getInputStream(),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // Times are kept to the microsecond, as the database keeps them, so that what a caller is
    // told equals what a later read says.
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
