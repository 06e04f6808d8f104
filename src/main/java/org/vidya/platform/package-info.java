/**
 * Shared kernel every module may use: typed ids, tenancy context, roles and permissions,
 * security and web setup, the error model, paging, mail outbox and the page layout.
 */
@NullMarked
@ApplicationModule
package org.vidya.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
