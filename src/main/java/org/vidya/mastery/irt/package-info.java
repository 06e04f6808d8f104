/**
 * Item response theory for the diagnostic and calibration: three-parameter logistic items, their
 * Fisher information, ability by expected a posteriori estimation on a quadrature grid, and the
 * adaptive test that picks items, balances content and knows when to stop. Pure code: no Spring,
 * no database, so the simulation benchmark and the services run the same arithmetic.
 */
@NullMarked
package org.vidya.mastery.irt;

import org.jspecify.annotations.NullMarked;
