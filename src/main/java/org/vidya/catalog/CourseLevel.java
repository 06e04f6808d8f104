package org.vidya.catalog;

/** How much a learner should know before starting a course. */
public enum CourseLevel { BEGINNER, ELEMENTARY, INTERMEDIATE, ADVANCED, EXPERT }
