package org.vidya.mastery;

/** Reads the concept graph: the current tenant's concepts together with the platform's. */
public interface ConceptGraphs {

    /** The current tenant's graph, cached until the next import changes it. */
    ConceptGraph current();
}
