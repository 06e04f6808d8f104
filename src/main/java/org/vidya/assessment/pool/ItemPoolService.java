package org.vidya.assessment.pool;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.ItemPool;
import org.vidya.assessment.PoolItem;
import org.vidya.assessment.PracticeGrade;
import org.vidya.assessment.PresentedItem;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.assessment.bank.ItemSnapshot;
import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.Outcome;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.TenantTransactions;
import org.vidya.platform.text.Markdown;

import tools.jackson.databind.JsonNode;

/**
 * The item pool over the bank's tables. Selection reads the current tenant's items and then the
 * platform's, each in a transaction as that owner (row-level security allows nothing else), with
 * plain JDBC on the {@code (tenant_id, primary_concept, irt_b)} index: no bodies are loaded until
 * an item is presented or graded.
 */
@Service
class ItemPoolService implements ItemPool {

    /** The most concepts and excluded ids one selection takes, and the most items it returns. */
    static final int MAX_CONCEPTS = 500;
    static final int MAX_EXCLUDED = 20_000;
    static final int MAX_LIMIT = 2_000;
    static final int MAX_IDS = 1_000;

    private static final String COLUMNS = "id, type, primary_concept, secondary_concepts, difficulty, irt_a, irt_b, "
            + "irt_c, irt_calibrated, marks";

    private final JdbcClient jdbc;
    private final ItemCatalog catalog;
    private final ItemTypes types;
    private final TenantTransactions transactions;
    private final Clock clock;

    ItemPoolService(JdbcClient jdbc, ItemCatalog catalog, ItemTypes types, TenantTransactions transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.types = types;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<PoolItem> candidates(Collection<String> concepts, double minDifficulty, double maxDifficulty,
            Collection<ItemId> exclude, int limit) {
        List<FieldViolation> problems = new ArrayList<>();
        if (concepts.size() > MAX_CONCEPTS) {
            problems.add(new FieldViolation("concepts", "too-many", "at most " + MAX_CONCEPTS + " concepts"));
        }
        if (exclude.size() > MAX_EXCLUDED) {
            problems.add(new FieldViolation("exclude", "too-many", "at most " + MAX_EXCLUDED + " excluded items"));
        }
        if (limit > MAX_LIMIT) {
            problems.add(new FieldViolation("limit", "too-large", "at most " + MAX_LIMIT));
        }
        if (Double.isNaN(minDifficulty) || Double.isNaN(maxDifficulty)) {
            problems.add(new FieldViolation("difficulty", "invalid", "a number"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Set<String> wanted = new LinkedHashSet<>(concepts);
        wanted.removeIf(c -> c == null || c.isBlank());
        if (wanted.isEmpty() || limit <= 0 || minDifficulty > maxDifficulty) {
            return List.of();
        }
        Set<String> gradable = autoGradedTypes();
        Set<UUID> excluded = new HashSet<>();
        exclude.forEach(id -> excluded.add(id.value()));
        List<PoolItem> found = new ArrayList<>();
        for (TenantId owner : owners()) {
            int wantedHere = limit - found.size();
            if (wantedHere <= 0) {
                break;
            }
            // Over-fetch by the excluded count and filter here: an anti-join against a long list of
            // ids costs PostgreSQL more than skipping them (docs/benchmarks.md).
            int fetch = (int) Math.min((long) wantedHere + excluded.size(), MAX_LIMIT + MAX_EXCLUDED);
            List<PoolItem> rows = transactions.read(owner, () -> jdbc.sql("select " + COLUMNS
                    + " from assessment_item where tenant_id = :tenant and primary_concept in (:concepts)"
                    + " and irt_b between :min and :max and retired = false and type in (:types)"
                    + " order by irt_b, id limit :fetch")
                    .param("tenant", owner.value()).param("concepts", wanted)
                    .param("min", Math.max(-1e6, minDifficulty)).param("max", Math.min(1e6, maxDifficulty))
                    .param("types", gradable).param("fetch", fetch)
                    .query((rs, n) -> row(rs)).list());
            for (PoolItem item : rows) {
                if (!excluded.contains(item.id().value()) && found.size() < limit) {
                    found.add(item);
                }
            }
        }
        return found;
    }

    @Override
    public List<PoolItem> items(Collection<ItemId> ids) {
        if (ids.size() > MAX_IDS) {
            throw ApiException.invalid("ids", "too-many", "at most " + MAX_IDS + " items");
        }
        return catalog.items(ids).stream().map(ItemPoolService::poolItem).toList();
    }

    @Override
    public Optional<PresentedItem> present(ItemId item, String language, long seed) {
        return catalog.items(List.of(item)).stream().findFirst().map(snapshot -> {
            ItemType type = types.get(snapshot.type());
            JsonNode view = type.render(snapshot.bodyFor(language), new RenderContext(seed, true));
            return new PresentedItem(snapshot.id(), snapshot.version(), snapshot.type(), view);
        });
    }

    @Override
    public PracticeGrade grade(ItemId item, JsonNode response, String language) {
        ItemSnapshot snapshot = catalog.items(List.of(item)).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("item-not-found", "There is no such item."));
        ItemType type = types.get(snapshot.type());
        if (!type.autoGraded()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "not-auto-graded",
                    "This item is scored by a person, so it cannot be graded at once.");
        }
        JsonNode body = snapshot.bodyFor(language);
        List<FieldViolation> problems = type.validateResponse(body, response);
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-response", "The response does not fit the item.",
                    problems.stream().map(p -> new FieldViolation(p.field().isEmpty() ? "response"
                            : "response." + p.field(), p.code(), p.message())).toList(), null);
        }
        ItemScore score = type.grade(body, response);
        BigDecimal marks = snapshot.marks();
        BigDecimal earned = score.outcome() == Outcome.INCORRECT ? snapshot.negativeMarks().abs().negate()
                : score.outcome() == Outcome.UNANSWERED ? BigDecimal.ZERO
                : marks.multiply(BigDecimal.valueOf(Math.max(0, score.fraction())));
        String explanation = snapshot.explanation();
        return new PracticeGrade(snapshot.id(), Math.max(0, score.fraction()),
                earned.setScale(2, java.math.RoundingMode.HALF_UP), marks, score.outcome() == Outcome.CORRECT,
                explanation == null || explanation.isBlank() ? null : Markdown.render(explanation));
    }

    @Override
    public void calibrate(ItemId item, double a, double b, double c, long responses) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c)) {
            throw ApiException.invalid("irt", "invalid", "IRT parameters must be numbers");
        }
        // Irt's ranges: 0 < a <= 4, -6 <= b <= 6, 0 <= c < 1.
        double clampedA = Math.max(0.05, Math.min(4, a));
        double clampedB = Math.max(-6, Math.min(6, b));
        double clampedC = Math.max(0, Math.min(0.5, c));
        TenantId owner = Tenancy.current().orElse(TenantId.PLATFORM);
        transactions.write(owner, () -> jdbc.sql("update assessment_item set irt_a = :a, irt_b = :b, irt_c = :c,"
                + " irt_calibrated = true, exposures = greatest(exposures, :responses), updated_at = :now,"
                + " version = version + 1 where id = :id and tenant_id = :tenant")
                .param("a", clampedA).param("b", clampedB).param("c", clampedC)
                .param("responses", Math.max(0, responses)).param("now", java.sql.Timestamp.from(clock.instant()))
                .param("id", item.value()).param("tenant", owner.value()).update());
    }

    private Set<String> autoGradedTypes() {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : types.ids()) {
            types.find(id).filter(ItemType::autoGraded).ifPresent(type -> ids.add(id));
        }
        return ids;
    }

    /** The current tenant's banks, then the platform's. */
    private static List<TenantId> owners() {
        TenantId tenant = Tenancy.current().orElse(null);
        if (tenant == null || tenant.equals(TenantId.PLATFORM)) {
            return List.of(TenantId.PLATFORM);
        }
        return List.of(tenant, TenantId.PLATFORM);
    }

    private static PoolItem row(ResultSet rs) throws SQLException {
        String secondary = rs.getString("secondary_concepts");
        return new PoolItem(new ItemId(rs.getObject("id", UUID.class)), rs.getString("type"),
                rs.getString("primary_concept"),
                secondary == null || secondary.isEmpty() ? List.of() : Arrays.asList(secondary.split(",")),
                rs.getString("difficulty").toLowerCase(java.util.Locale.ROOT), rs.getDouble("irt_a"),
                rs.getDouble("irt_b"), rs.getDouble("irt_c"), rs.getBoolean("irt_calibrated"),
                rs.getBigDecimal("marks"));
    }

    private static PoolItem poolItem(ItemSnapshot s) {
        return new PoolItem(s.id(), s.type(), s.primaryConcept(), s.secondaryConcepts(), s.difficulty().code(),
                s.irt().a(), s.irt().b(), s.irt().c(), s.irt().calibrated(), s.marks());
    }
}
