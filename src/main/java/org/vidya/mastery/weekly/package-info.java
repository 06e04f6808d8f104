/**
 * The weekly adaptive test: which concepts (due, weak, then the frontier), at what difficulty (the
 * learner's ability), which items (fresh ones, spread by quota), taken as a personal test.
 */
@NullMarked
package org.vidya.mastery.weekly;

import org.jspecify.annotations.NullMarked;
