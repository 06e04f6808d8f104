/**
 * Coursework: assignments per course with text, file, link or video-link submissions, due
 * dates and late rules, rubrics, teacher grading, feedback and grade release.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "platform::storage", "platform::text", "platform::web", "catalog",
        "learning", "identity", "privacy", "organization"})
package org.vidya.coursework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
