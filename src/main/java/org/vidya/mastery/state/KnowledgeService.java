package org.vidya.mastery.state;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.ItemId;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptGraphs;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.DueReview;
import org.vidya.mastery.EvidenceSource;
import org.vidya.mastery.Explanation;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.LearnerStanding;
import org.vidya.mastery.MasteryChanged;
import org.vidya.mastery.MasteryProperties;
import org.vidya.mastery.Observation;
import org.vidya.mastery.model.KnowledgeModel;
import org.vidya.mastery.model.MemoryModel;
import org.vidya.mastery.model.MemoryState;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.Ids;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/**
 * The knowledge state of the current tenant's learners. Every update of a learner locks the
 * learner's row first, so concurrent updates (two attempts graded at once, a practice answer
 * meanwhile) run one after the other and none is lost; the work per answer is constant (its
 * concepts and their direct prerequisites). Graded attempts are applied once each: the attempt is
 * kept as processed, a second delivery is skipped, and a regrade replaces the attempt's answers in
 * the log and rebuilds the learner from the log in time order.
 */
@Service
class KnowledgeService implements KnowledgeStates, ResponseLog {

    static final int MAX_DUE = 100;
    static final int MAX_LEARNERS = 500;
    static final int MAX_OBSERVATIONS = 500;
    static final int MAX_SECONDARY = 20;
    static final int MAX_PRIORS = 1000;
    static final int MAX_LOG_ROWS = 10_000;
    static final Pattern CONCEPT_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

    private final KnowledgeRecords records;
    private final LearnerRecords learners;
    private final ResponseRecords responses;
    private final ProcessedEvents processed;
    private final ObjectProvider<KnowledgeModel> model;
    private final ObjectProvider<MemoryModel> memory;
    private final ObjectProvider<ConceptGraphs> graphs;
    private final MasteryProperties properties;
    private final KnowledgeAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate separate;

    KnowledgeService(KnowledgeRecords records, LearnerRecords learners, ResponseRecords responses,
            ProcessedEvents processed, ObjectProvider<KnowledgeModel> model, ObjectProvider<MemoryModel> memory,
            ObjectProvider<ConceptGraphs> graphs, MasteryProperties properties, KnowledgeAccess access,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.records = records;
        this.learners = learners;
        this.responses = responses;
        this.processed = processed;
        this.model = model;
        this.memory = memory;
        this.graphs = graphs;
        this.properties = properties;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---- reads

    @Override
    @Transactional(readOnly = true)
    public List<ConceptKnowledge> of(UserId learner) {
        access.read(learner, "concepts");
        return records.findByLearnerIdOrderByConcept(learner.value()).stream().map(KnowledgeRecord::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ConceptKnowledge> of(UserId learner, String concept) {
        access.read(learner, "concept " + concept);
        return records.findByLearnerIdAndConcept(learner.value(), concept).map(KnowledgeRecord::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UserId, List<ConceptKnowledge>> ofLearners(Collection<UserId> learnerIds) {
        if (learnerIds.size() > MAX_LEARNERS) {
            throw ApiException.invalid("learners", "too-many", "At most " + MAX_LEARNERS + " learners at once.");
        }
        Map<UserId, List<ConceptKnowledge>> result = new LinkedHashMap<>();
        for (UserId learner : learnerIds) {
            access.read(learner, "concepts (class view)");
            result.put(learner, new ArrayList<>());
        }
        if (result.isEmpty()) {
            return result;
        }
        for (KnowledgeRecord record : records.findByLearnerIdInOrderByConcept(
                result.keySet().stream().map(UserId::value).toList())) {
            result.get(record.learner()).add(record.view());
        }
        result.replaceAll((learner, list) -> List.copyOf(list));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueReview> due(UserId learner, int limit) {
        if (limit < 1 || limit > MAX_DUE) {
            throw ApiException.invalid("limit", "out-of-range", "The limit runs from 1 to " + MAX_DUE + ".");
        }
        access.read(learner, "due reviews");
        Instant now = clock.instant();
        MemoryModel memoryModel = memory.getObject();
        return records.due(learner.value(), now, Limit.of(limit)).stream().map(record -> {
            MemoryState state = record.memory();
            double recall = state == null ? 0.0 : memoryModel.recall(state, now.getEpochSecond());
            return new DueReview(record.concept(), record.mastery(), record.nextReview(), recall);
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Explanation> explain(UserId learner, String concept) {
        access.read(learner, "explanation of " + concept);
        Optional<KnowledgeRecord> found = records.findByLearnerIdAndConcept(learner.value(), concept);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        KnowledgeRecord record = found.get();
        LearnerRecord learnerRecord = learners.findByLearnerId(learner.value()).orElse(null);
        Instant now = clock.instant();
        List<Explanation.Reason> reasons = new ArrayList<>();
        if (learnerRecord != null) {
            reasons.addAll(model.getObject().explain(learnerRecord.trace(), record.trace(), now.getEpochSecond()));
        }
        ConceptGraph graph = graph();
        Map<String, KnowledgeRecord> neighbours = new HashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        graph.prerequisitesOf(concept).forEach(edge -> keys.add(edge.prerequisite()));
        graph.dependentsOf(concept).forEach(edge -> keys.add(edge.concept()));
        if (!keys.isEmpty()) {
            records.findByLearnerIdAndConceptIn(learner.value(), keys)
                    .forEach(r -> neighbours.put(r.concept(), r));
        }
        reasons.addAll(KnowledgeFacts.of(record, graph, neighbours, memory.getObject(), now));
        return Optional.of(new Explanation(record.view(), reasons));
    }

    @Override
    @Transactional(readOnly = true)
    public LearnerStanding standing(UserId learner) {
        access.read(learner, "standing");
        List<KnowledgeRecord> all = records.findByLearnerIdOrderByConcept(learner.value());
        double overall = all.stream().mapToDouble(KnowledgeRecord::mastery).average().orElse(0.0);
        return learners.findByLearnerId(learner.value())
                .map(l -> new LearnerStanding(l.theta(), l.thetaError(), overall, all.size(), l.diagnosed(),
                        l.examDate()))
                .orElseGet(() -> new LearnerStanding(LearnerRecord.PRIOR_THETA, LearnerRecord.PRIOR_ERROR, overall,
                        all.size(), false, null));
    }

    // ---- the response log

    @Override
    @Transactional(readOnly = true)
    public Set<ItemId> itemsSeenSince(UserId learner, Instant since) {
        Set<ItemId> items = new HashSet<>();
        responses.itemsSeenSince(learner.value(), since).forEach(id -> items.add(new ItemId(id)));
        return items;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ItemId> itemsAnsweredSince(Instant since, int limit) {
        return responses.itemsAnsweredSince(since, Limit.of(Math.clamp(limit, 1, MAX_LOG_ROWS))).stream()
                .map(ItemId::new).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<GradedResponse> gradedResponses(ItemId item, int limit) {
        return responses.gradedResponses(item.value(), Limit.of(Math.clamp(limit, 1, MAX_LOG_ROWS))).stream()
                .map(r -> new GradedResponse(item, r.learner(), r.theta(), r.outcome(), r.answeredAt(), r.source()))
                .toList();
    }

    // ---- updates

    @Override
    public void record(UserId learner, List<Observation> observations, EvidenceSource source) {
        access.own(learner);
        validate(observations);
        if (observations.isEmpty()) {
            return;
        }
        UUID batch = Ids.next();
        locked(learner, record -> apply(record, observations, source, batch));
    }

    @Override
    public void seedFromDiagnostic(UserId learner, double theta, double standardError,
            Map<String, Double> conceptPriors) {
        access.own(learner);
        List<FieldViolation> errors = new ArrayList<>();
        if (!Double.isFinite(theta) || Math.abs(theta) > 6) {
            errors.add(new FieldViolation("theta", "out-of-range", "Ability runs from -6 to 6."));
        }
        if (!Double.isFinite(standardError) || standardError <= 0 || standardError > 10) {
            errors.add(new FieldViolation("standardError", "out-of-range", "The standard error runs above 0 to 10."));
        }
        if (conceptPriors.size() > MAX_PRIORS) {
            errors.add(new FieldViolation("conceptPriors", "too-many", "At most " + MAX_PRIORS + " concepts."));
        }
        conceptPriors.forEach((concept, prior) -> {
            if (!CONCEPT_KEY.matcher(concept).matches()) {
                errors.add(new FieldViolation("conceptPriors", "invalid-concept", "Not a concept key: " + concept));
            } else if (prior == null || !(prior >= 0 && prior <= 1)) {
                errors.add(new FieldViolation("conceptPriors." + concept, "out-of-range",
                        "A prior mastery runs from 0 to 1."));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        locked(learner, learnerRecord -> {
            Instant now = clock.instant();
            KnowledgeModel knowledge = model.getObject();
            learnerRecord.diagnose(theta, standardError, now);
            Map<String, KnowledgeRecord> existing = new HashMap<>();
            if (!conceptPriors.isEmpty()) {
                records.findByLearnerIdAndConceptIn(learner.value(), conceptPriors.keySet())
                        .forEach(r -> existing.put(r.concept(), r));
            }
            List<MasteryChanged.Change> changes = new ArrayList<>();
            conceptPriors.forEach((concept, prior) -> {
                KnowledgeRecord record = existing.get(concept);
                if (record != null && record.hasEvidence()) {
                    return;
                }
                double before = record == null ? Double.NaN : record.mastery();
                if (record == null) {
                    record = records.save(new KnowledgeRecord(learner, concept, knowledge.newConcept(prior), prior,
                            now));
                } else {
                    record.prior(prior, knowledge.newConcept(prior));
                }
                record.estimate(knowledge.mastery(learnerRecord.trace(), record.trace(), now.getEpochSecond()),
                        knowledge.confidence(record.trace()), now);
                changes.add(new MasteryChanged.Change(concept, Double.isNaN(before) ? record.mastery() : before,
                        record.mastery()));
            });
            publish(learner, changes, EvidenceSource.DIAGNOSTIC, now);
        });
    }

    @Override
    public void setExamDate(UserId learner, @Nullable LocalDate examDate) {
        access.own(learner);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (examDate != null && examDate.isBefore(today)) {
            throw ApiException.invalid("examDate", "in-the-past", "The exam date is in the past.");
        }
        if (examDate != null && examDate.isAfter(today.plusYears(5))) {
            throw ApiException.invalid("examDate", "too-far", "The exam date is more than five years away.");
        }
        locked(learner, record -> record.examDate(examDate, clock.instant()));
    }

    /**
     * Applies a graded attempt as its tenant: once per attempt; a regrade replaces the attempt's
     * answers and rebuilds the learner. Called by the {@code AttemptGraded} listener.
     */
    void applyAttempt(TenantId tenant, UserId learner, UUID attempt, List<Observation> observations,
            boolean regrade) {
        Tenancy.runAs(tenant, () -> {
            ensureLearner(learner);
            separate.executeWithoutResult(status -> {
                LearnerRecord record = learners.lock(learner.value()).orElseThrow();
                boolean seen = processed.existsBySourceAndSourceId(EvidenceSource.TEST, attempt);
                if (seen && !regrade) {
                    return;
                }
                if (!seen) {
                    processed.save(new ProcessedEvent(learner, EvidenceSource.TEST, attempt, clock.instant()));
                    apply(record, observations, EvidenceSource.TEST, attempt);
                    return;
                }
                // A regrade keeps the attempt's place in time: its answers were given when first graded.
                Instant answered = responses.firstAnswer(learner.value(), EvidenceSource.TEST, attempt)
                        .orElse(null);
                responses.deleteBatch(learner.value(), EvidenceSource.TEST, attempt);
                double theta = record.theta();
                for (Observation observation : observations) {
                    Observation placed = answered == null ? observation : new Observation(observation.item(),
                            observation.primaryConcept(), observation.secondaryConcepts(), observation.difficulty(),
                            observation.discrimination(), observation.outcome(), answered,
                            observation.responseTimeMillis());
                    responses.save(new ResponseRecord(learner, placed, theta, EvidenceSource.TEST, attempt));
                }
                responses.flush();
                rebuild(record);
            });
        });
    }

    private void apply(LearnerRecord learner, List<Observation> batch, EvidenceSource source, UUID sourceId) {
        Instant now = clock.instant();
        ConceptGraph graph = graph();
        Set<String> concepts = KnowledgeUpdate.concepts(batch, graph);
        Map<String, KnowledgeRecord> touched = new HashMap<>();
        if (!concepts.isEmpty()) {
            records.findByLearnerIdAndConceptIn(learner.learner().value(), concepts)
                    .forEach(r -> touched.put(r.concept(), r));
        }
        KnowledgeModel knowledge = model.getObject();
        List<MasteryChanged.Change> changes = update().apply(learner, touched,
                concept -> records.save(new KnowledgeRecord(learner.learner(), concept,
                        knowledge.newConcept(Double.NaN), null, now)),
                batch, source, graph, now, (observation, theta) -> responses.save(new ResponseRecord(
                        learner.learner(), observation, theta, source, sourceId)));
        publish(learner.learner(), changes, source, now);
    }

    /** Replays the learner's whole log, in time order, onto fresh traces (a regrade changed the past). */
    private void rebuild(LearnerRecord learner) {
        Instant now = clock.instant();
        KnowledgeModel knowledge = model.getObject();
        ConceptGraph graph = graph();
        UUID id = learner.learner().value();
        Map<String, KnowledgeRecord> all = new HashMap<>();
        Map<String, Double> before = new LinkedHashMap<>();
        for (KnowledgeRecord record : records.findByLearnerIdOrderByConcept(id)) {
            all.put(record.concept(), record);
            before.put(record.concept(), record.mastery());
            record.reset(knowledge.newConcept(record.prior() == null ? Double.NaN : record.prior()));
        }
        learner.reset(knowledge.newLearner(), now);
        Map<UUID, List<ResponseRecord>> batches = new LinkedHashMap<>();
        for (ResponseRecord response : responses.history(id)) {
            batches.computeIfAbsent(response.sourceId(), k -> new ArrayList<>()).add(response);
        }
        Set<String> touched = new HashSet<>();
        KnowledgeUpdate update = update();
        for (List<ResponseRecord> batch : batches.values()) {
            Map<Observation, ResponseRecord> byObservation = new IdentityHashMap<>();
            List<Observation> observations = new ArrayList<>();
            for (ResponseRecord response : batch) {
                Observation observation = response.observation();
                byObservation.put(observation, response);
                observations.add(observation);
            }
            update.apply(learner, all, concept -> records.save(new KnowledgeRecord(learner.learner(), concept,
                    knowledge.newConcept(Double.NaN), null, now)), observations, batch.get(0).source(), graph, now,
                    (observation, theta) -> byObservation.get(observation).theta(theta))
                    .forEach(change -> touched.add(change.concept()));
        }
        List<MasteryChanged.Change> changes = new ArrayList<>();
        for (KnowledgeRecord record : all.values()) {
            if (!touched.contains(record.concept())) {
                if (record.prior() == null) {
                    records.delete(record);
                    changes.add(new MasteryChanged.Change(record.concept(), before.get(record.concept()), 0.0));
                    continue;
                }
                record.estimate(knowledge.mastery(learner.trace(), record.trace(), now.getEpochSecond()),
                        knowledge.confidence(record.trace()), now);
            }
            Double was = before.get(record.concept());
            if (was == null || Math.abs(was - record.mastery()) > 1e-9) {
                changes.add(new MasteryChanged.Change(record.concept(), was == null ? record.mastery() : was,
                        record.mastery()));
            }
        }
        publish(learner.learner(), changes, EvidenceSource.TEST, now);
    }

    private void publish(UserId learner, List<MasteryChanged.Change> changes, EvidenceSource source, Instant now) {
        if (!changes.isEmpty()) {
            events.publishEvent(new MasteryChanged(learner, changes, source, Tenancy.current().orElseThrow(), now));
        }
    }

    /**
     * Runs work on the learner's locked row: in the caller's transaction when there is one (so a
     * session's practice answer commits with it), else in one of its own.
     */
    private void locked(UserId learner, java.util.function.Consumer<LearnerRecord> work) {
        ensureLearner(learner);
        TransactionTemplate joining = new TransactionTemplate(separate.getTransactionManager());
        joining.executeWithoutResult(status -> work.accept(learners.lock(learner.value()).orElseThrow()));
    }

    /**
     * Makes the learner's row in a transaction of its own, so that the lock that serializes updates
     * always has a row to hold; of two first updates at once, the slower finds the row made.
     */
    private void ensureLearner(UserId learner) {
        boolean exists = Boolean.TRUE.equals(separate.execute(status ->
                learners.findByLearnerId(learner.value()).isPresent()));
        if (exists) {
            return;
        }
        try {
            separate.executeWithoutResult(status -> learners.saveAndFlush(new LearnerRecord(learner,
                    model.getObject().newLearner(), clock.instant())));
        } catch (DataIntegrityViolationException raced) {
            // Another update made it first; the lock below waits for that one.
        }
    }

    private KnowledgeUpdate update() {
        return new KnowledgeUpdate(model.getObject(), memory.getObject(), properties.targetRetention());
    }

    private ConceptGraph graph() {
        ConceptGraphs current = graphs.getIfAvailable();
        return current == null ? ConceptGraph.empty() : current.current();
    }

    private static void validate(List<Observation> observations) {
        if (observations.size() > MAX_OBSERVATIONS) {
            throw ApiException.invalid("observations", "too-many", "At most " + MAX_OBSERVATIONS + " answers at once.");
        }
        List<FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            String field = "observations[" + i + "]";
            if (o.primaryConcept() == null && o.secondaryConcepts().isEmpty()) {
                errors.add(new FieldViolation(field + ".primaryConcept", "required", "An answer needs a concept."));
            }
            if (o.primaryConcept() != null && !CONCEPT_KEY.matcher(o.primaryConcept()).matches()) {
                errors.add(new FieldViolation(field + ".primaryConcept", "invalid-concept", "Not a concept key."));
            }
            if (o.secondaryConcepts().size() > MAX_SECONDARY
                    || o.secondaryConcepts().stream().anyMatch(c -> !CONCEPT_KEY.matcher(c).matches())) {
                errors.add(new FieldViolation(field + ".secondaryConcepts", "invalid-concept",
                        "At most " + MAX_SECONDARY + " concept keys."));
            }
            if (!(o.outcome() >= 0 && o.outcome() <= 1)) {
                errors.add(new FieldViolation(field + ".outcome", "out-of-range", "The outcome runs from 0 to 1."));
            }
            if (!Double.isFinite(o.difficulty()) || Math.abs(o.difficulty()) > 10) {
                errors.add(new FieldViolation(field + ".difficulty", "out-of-range", "Difficulty runs from -10 to 10."));
            }
            if (!Double.isFinite(o.discrimination()) || o.discrimination() < 0 || o.discrimination() > 10) {
                errors.add(new FieldViolation(field + ".discrimination", "out-of-range",
                        "Discrimination runs from 0 to 10."));
            }
            if (o.responseTimeMillis() < 0) {
                errors.add(new FieldViolation(field + ".responseTimeMillis", "out-of-range",
                        "The response time is not negative."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
