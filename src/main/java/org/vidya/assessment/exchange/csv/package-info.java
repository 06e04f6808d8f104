/** Vidya's CSV layout for items, one row each. */
@NullMarked
package org.vidya.assessment.exchange.csv;

import org.jspecify.annotations.NullMarked;
