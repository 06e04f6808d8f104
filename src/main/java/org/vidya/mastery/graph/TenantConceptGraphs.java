package org.vidya.mastery.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptGraphs;
import org.vidya.mastery.Prerequisite;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.TenantTransactions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The current tenant's graph: the platform's concepts and the tenant's own, built once and kept
 * until an import on this node changes either. Other nodes learn of an import when their copy
 * expires ({@code vidya.mastery.concept-graph-ttl}, 30 s by default), which is soon enough for a
 * graph that changes a few times a term. Outside any tenant the graph is the platform's alone.
 */
@Component
class TenantConceptGraphs implements ConceptGraphs {

    /** One owner's rows as stored. */
    record Rows(List<Concept> concepts, List<Prerequisite> edges) {
    }

    private static final Logger log = LoggerFactory.getLogger(TenantConceptGraphs.class);

    private final ConceptNodes nodes;
    private final PrerequisiteEdges edges;
    private final TenantTransactions transactions;
    private final Cache<TenantId, Rows> platformRows;
    private final Cache<TenantId, ConceptGraph> graphs;

    TenantConceptGraphs(ConceptNodes nodes, PrerequisiteEdges edges, TenantTransactions transactions,
            @Value("${vidya.mastery.concept-graph-ttl:30s}") Duration ttl) {
        this.nodes = nodes;
        this.edges = edges;
        this.transactions = transactions;
        this.platformRows = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1).build();
        this.graphs = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    @Override
    public ConceptGraph current() {
        return graphOf(Tenancy.current().orElse(TenantId.PLATFORM));
    }

    ConceptGraph graphOf(TenantId tenant) {
        return graphs.get(tenant, this::build);
    }

    /** Forgets what an import of {@code owner}'s graph changed: for the platform, every tenant's graph. */
    void invalidate(TenantId owner) {
        if (owner.equals(TenantId.PLATFORM)) {
            platformRows.invalidateAll();
            graphs.invalidateAll();
        } else {
            graphs.invalidate(owner);
        }
    }

    /** The owner's rows straight from the database, in a transaction of the owner's. */
    Rows load(TenantId owner) {
        boolean platform = owner.equals(TenantId.PLATFORM);
        return transactions.read(owner, () -> new Rows(
                nodes.findAllByOrderByKey().stream().map(n -> n.toConcept(platform)).toList(),
                edges.findAllByOrderByConceptAscPrerequisiteAsc().stream().map(PrerequisiteEdge::toPrerequisite)
                        .toList()));
    }

    private ConceptGraph build(TenantId tenant) {
        Rows platform = platformRows.get(TenantId.PLATFORM, this::load);
        if (tenant.equals(TenantId.PLATFORM)) {
            return new ConceptGraph(platform.concepts(), platform.edges());
        }
        Rows own = load(tenant);
        Set<String> platformKeys = new HashSet<>();
        platform.concepts().forEach(c -> platformKeys.add(c.key()));
        List<Concept> concepts = new ArrayList<>(platform.concepts());
        Set<String> keys = new HashSet<>(platformKeys);
        // The platform's graph can change under a tenant's: a key it took since is the platform's,
        // and an edge to a concept it removed is left out until the tenant imports again.
        for (Concept concept : own.concepts()) {
            if (keys.add(concept.key())) {
                concepts.add(concept);
            }
        }
        List<Prerequisite> prerequisites = new ArrayList<>(platform.edges());
        for (Prerequisite edge : own.edges()) {
            if (!platformKeys.contains(edge.concept()) && keys.contains(edge.prerequisite())) {
                prerequisites.add(edge);
            }
        }
        try {
            return new ConceptGraph(concepts, prerequisites);
        } catch (IllegalArgumentException e) {
            log.warn("The concept graph of tenant {} could not be built ({}); it shows the platform's alone",
                    tenant, e.getMessage());
            return new ConceptGraph(platform.concepts(), platform.edges());
        }
    }
}
