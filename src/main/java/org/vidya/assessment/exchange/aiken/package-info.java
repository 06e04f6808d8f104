/** Moodle's Aiken format for single-choice questions. */
@NullMarked
package org.vidya.assessment.exchange.aiken;

import org.jspecify.annotations.NullMarked;
