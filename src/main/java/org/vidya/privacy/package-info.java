/**
 * Privacy duties: the append-only audit log of sensitive actions (sign-ins, role and
 * membership changes, admin actions, reads and exports of a learner's data by someone else).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "platform::web"})
package org.vidya.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
