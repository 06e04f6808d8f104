/**
 * QTI 2.1 and QTI 3.0 items, tests and content packages ({@code docs/item-exchange-qti.md}).
 */
@NullMarked
package org.vidya.assessment.exchange.qti;

import org.jspecify.annotations.NullMarked;
