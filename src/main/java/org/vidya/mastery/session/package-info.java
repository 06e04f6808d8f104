/**
 * The diagnostic (a computerised adaptive test per subject) and review sessions: a learner
 * answers one item at a time, each answer is graded at once and recorded as evidence, and the
 * next item is chosen from what is known so far.
 */
@NullMarked
package org.vidya.mastery.session;

import org.jspecify.annotations.NullMarked;
