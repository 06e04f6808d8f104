/**
 * Learning: enrollments (self, by class, by team, by grant), course assignments with deadlines
 * by persona, lesson progress, module and course completion.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "platform::web", "catalog", "organization", "identity", "privacy"})
package org.vidya.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
