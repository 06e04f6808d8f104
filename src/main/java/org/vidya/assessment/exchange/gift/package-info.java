/** Moodle's GIFT text format. */
@NullMarked
package org.vidya.assessment.exchange.gift;

import org.jspecify.annotations.NullMarked;
