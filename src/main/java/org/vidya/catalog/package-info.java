/**
 * The catalog: domains, tracks, courses, modules and lessons with their content blocks,
 * localized text, authoring with drafts, publishing (tenant-owned and platform-wide), and
 * course export and import.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "platform::text", "platform::web", "privacy"})
package org.vidya.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
