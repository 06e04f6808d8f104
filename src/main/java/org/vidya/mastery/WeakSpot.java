package org.vidya.mastery;

/** A concept where low mastery costs the most exam marks: {@code score} = (1 - mastery) x exam weight. */
public record WeakSpot(Concept concept, ConceptKnowledge knowledge, double score) {
}
