/**
 * Item calibration: IRT difficulty (and discrimination where the data allow) estimated from the
 * graded answers in the mastery response log, written back to the item bank by a scheduled job
 * that one node at a time runs.
 */
@NullMarked
package org.vidya.mastery.calibration;

import org.jspecify.annotations.NullMarked;
