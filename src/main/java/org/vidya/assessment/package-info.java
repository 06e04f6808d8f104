/**
 * Assessment: item banks with pluggable item types, import and export (GIFT, Moodle XML, Aiken,
 * QTI 2.1 and 3.0, CSV), tests from fixed forms and blueprints, attempts that autosave and work
 * offline, grading (automatic and by people), results with rank and percentile.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "platform::storage", "platform::text", "platform::web",
        "organization", "identity", "privacy"})
package org.vidya.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
