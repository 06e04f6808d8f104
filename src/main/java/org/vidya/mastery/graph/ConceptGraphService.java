package org.vidya.mastery.graph;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.Prerequisite;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.TenantTransactions;
import org.vidya.platform.VidyaPrincipal;

/**
 * Reads, imports and exports the concept graph. Whoever may learn, teach or author reads the
 * graph their tenant sees (the platform's concepts and the tenant's own). People with
 * {@code CONCEPTS_MANAGE} replace their tenant's own graph by an import; only a platform admin
 * acting outside any tenant replaces the platform's. An import replaces the owner's whole graph
 * (concepts missing from the file are removed), after the whole file passed
 * {@link ConceptGraphRules}, in one transaction.
 */
@Service
public class ConceptGraphService {

    /** Largest import file. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** Keys listed per kind of change in an import report; the counts are always complete. */
    static final int MAX_REPORTED_KEYS = 500;

    /** A concept with what it needs and what needs it. */
    public record ConceptDetail(Concept concept, List<Prerequisite> prerequisites, List<Prerequisite> dependents,
            List<Concept> children) {
    }

    /**
     * What an import changed, or with {@code dryRun} would change: concept keys added, changed and
     * removed, and how many prerequisite edges were added and removed.
     */
    public record ImportReport(boolean dryRun, String owner, int concepts, int prerequisites, int conceptsAdded,
            int conceptsChanged, int conceptsRemoved, int conceptsUnchanged, int prerequisitesAdded,
            int prerequisitesRemoved, List<String> added, List<String> changed, List<String> removed) {
    }

    /** An export: the file's name, media type and bytes. */
    public record ExportFile(String filename, String mediaType, byte[] content) {
    }

    private final TenantConceptGraphs graphs;
    private final ConceptNodes nodes;
    private final TenantTransactions transactions;
    private final EntityManager entityManager;
    private final Clock clock;

    ConceptGraphService(TenantConceptGraphs graphs, ConceptNodes nodes, TenantTransactions transactions,
            EntityManager entityManager, Clock clock) {
        this.graphs = graphs;
        this.nodes = nodes;
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // ---- reading

    /** Every concept the caller's tenant sees, in topological order, of one subject when given. */
    public List<Concept> concepts(@Nullable String subject) {
        requireReader();
        ConceptGraph graph = graphs.current();
        return subject == null || subject.isBlank() ? graph.topologicalOrder() : graph.subject(subject.strip());
    }

    public ConceptDetail concept(String key) {
        requireReader();
        ConceptGraph graph = graphs.current();
        Concept concept = graph.concept(key).orElseThrow(
                () -> ApiException.notFound("concept-not-found", "There is no concept '" + key + "'."));
        List<Concept> children = graph.topologicalOrder().stream().filter(c -> key.equals(c.parent())).toList();
        return new ConceptDetail(concept, graph.prerequisitesOf(key), graph.dependentsOf(key), children);
    }

    /** The graph the caller's tenant sees, for views that draw it. */
    public ConceptGraph graph() {
        requireReader();
        return graphs.current();
    }

    public boolean canManage() {
        return CurrentUser.find().map(me -> me.has(Permission.CONCEPTS_MANAGE)).orElse(false) && homeOrNull() != null;
    }

    // ---- import and export

    public static void requireSize(long bytes) {
        if (bytes > MAX_FILE_BYTES) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "file-too-large",
                    "The file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB.");
        }
    }

    public ImportReport importFile(String format, byte[] content, boolean dryRun) {
        requireManager();
        TenantId owner = home();
        requireSize(content.length);
        ConceptGraphFile file = switch (format(format)) {
            case "csv" -> ConceptCsv.read(content);
            default -> ConceptJson.read(content);
        };
        return importGraph(owner, file, dryRun);
    }

    ImportReport importGraph(TenantId owner, ConceptGraphFile file, boolean dryRun) {
        boolean platform = owner.equals(TenantId.PLATFORM);
        Map<String, Concept> outside = new HashMap<>();
        if (!platform) {
            graphs.load(TenantId.PLATFORM).concepts().forEach(c -> outside.put(c.key(), c));
        }
        ConceptGraphRules.Checked checked = ConceptGraphRules.check(file, outside, platform);
        UUID by = CurrentUser.id().value();
        Instant now = clock.instant();
        ImportReport report;
        try {
            report = transactions.write(owner, () -> replace(owner, checked, dryRun, by, now));
        } catch (DataIntegrityViolationException e) {
            throw ApiException.conflict("concurrent-import",
                    "Another import of this graph ran at the same time; try again.");
        }
        if (!dryRun) {
            graphs.invalidate(owner);
        }
        return report;
    }

    private ImportReport replace(TenantId owner, ConceptGraphRules.Checked checked, boolean dryRun, UUID by,
            Instant now) {
        Map<String, ConceptNode> stored = new HashMap<>();
        nodes.findAllByOrderByKey().forEach(n -> stored.put(n.key(), n));
        Set<Prerequisite> storedEdges = new HashSet<>(graphs.load(owner).edges());
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int unchanged = 0;
        for (Concept concept : checked.concepts()) {
            ConceptNode node = stored.remove(concept.key());
            if (node == null) {
                added.add(concept.key());
                if (!dryRun) {
                    entityManager.persist(new ConceptNode(owner.value(), concept, by, now));
                }
            } else if (!node.sameAs(concept)) {
                changed.add(concept.key());
                if (!dryRun) {
                    node.update(concept, by, now);
                }
            } else {
                unchanged++;
            }
        }
        List<String> removed = stored.keySet().stream().sorted().toList();
        Set<Prerequisite> wanted = new HashSet<>(checked.edges());
        int edgesAdded = (int) wanted.stream().filter(e -> !storedEdges.contains(e)).count();
        int edgesRemoved = (int) storedEdges.stream().filter(e -> !wanted.contains(e)).count();
        if (!dryRun) {
            // Edges carry nothing worth keeping across imports, so they are written anew.
            entityManager.createQuery("delete from PrerequisiteEdge e where e.tenantId = :tenant")
                    .setParameter("tenant", owner.value()).executeUpdate();
            for (ConceptNode gone : stored.values()) {
                entityManager.remove(gone);
            }
            entityManager.flush();
            int written = 0;
            for (Prerequisite edge : checked.edges()) {
                entityManager.persist(new PrerequisiteEdge(owner.value(), edge, by, now));
                if (++written % 500 == 0) {
                    entityManager.flush();
                }
            }
            entityManager.flush();
        }
        return new ImportReport(dryRun, owner.equals(TenantId.PLATFORM) ? "platform" : "tenant",
                checked.concepts().size(), checked.edges().size(), added.size(), changed.size(), removed.size(),
                unchanged, edgesAdded, edgesRemoved, first(added), first(changed), first(removed));
    }

    private static List<String> first(List<String> keys) {
        return keys.size() > MAX_REPORTED_KEYS ? List.copyOf(keys.subList(0, MAX_REPORTED_KEYS)) : List.copyOf(keys);
    }

    /** The caller's own graph (the tenant's, or outside any tenant the platform's) as a file to import again. */
    public ExportFile export(String format) {
        requireManager();
        TenantId owner = home();
        TenantConceptGraphs.Rows rows = graphs.load(owner);
        String name = owner.equals(TenantId.PLATFORM) ? "concepts-platform" : "concepts";
        return switch (format(format)) {
            case "csv" -> new ExportFile(name + ".csv", "text/csv;charset=UTF-8",
                    ConceptCsv.write(rows.concepts(), rows.edges()));
            default -> new ExportFile(name + ".json", "application/json",
                    ConceptJson.write(rows.concepts(), rows.edges()));
        };
    }

    public static String format(@Nullable String format) {
        String normalized = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!normalized.equals("csv") && !normalized.equals("json")) {
            throw ApiException.invalid("format", "unknown-format", "must be csv or json");
        }
        return normalized;
    }

    // ---- who may

    public static void requireReader() {
        VidyaPrincipal me = CurrentUser.get();
        if (!me.has(Permission.CONCEPTS_MANAGE) && !me.has(Permission.MASTERY_LEARN)
                && !me.has(Permission.MASTERY_CLASS_READ) && !me.has(Permission.ITEM_BANK_MANAGE)
                && !me.has(Permission.TESTS_MANAGE)) {
            throw ApiException.forbidden("access-denied", "You do not have permission to do this.");
        }
    }

    public static void requireManager() {
        if (!CurrentUser.get().has(Permission.CONCEPTS_MANAGE)) {
            throw ApiException.forbidden("access-denied", "You do not have permission to do this.");
        }
    }

    private static @Nullable TenantId homeOrNull() {
        TenantId tenant = Tenancy.current().orElse(null);
        if (tenant != null) {
            return tenant;
        }
        return CurrentUser.find().filter(VidyaPrincipal::isPlatformAdmin).map(p -> TenantId.PLATFORM).orElse(null);
    }

    private static TenantId home() {
        TenantId home = homeOrNull();
        if (home == null) {
            throw ApiException.forbidden("tenant-required", "Choose a school or organization first.");
        }
        return home;
    }
}
