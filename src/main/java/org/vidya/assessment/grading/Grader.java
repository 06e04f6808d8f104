package org.vidya.assessment.grading;

/** Who scores an item: its type on submit, a person in the grading queue, or the AI grader (to come). */
public enum Grader {
    AUTO,
    PERSON,
    AI
}
