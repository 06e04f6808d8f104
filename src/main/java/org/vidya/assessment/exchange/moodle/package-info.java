/** Moodle XML question files. */
@NullMarked
package org.vidya.assessment.exchange.moodle;

import org.jspecify.annotations.NullMarked;
