/**
 * The item bank as the mastery engine uses it: adaptive selection by concept and IRT difficulty,
 * single items presented and graded outside tests, and calibrated parameters written back.
 */
@NullMarked
package org.vidya.assessment.pool;

import org.jspecify.annotations.NullMarked;
