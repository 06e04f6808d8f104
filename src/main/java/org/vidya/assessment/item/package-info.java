/**
 * The ten item types of the bank, one {@link org.vidya.assessment.spi.ItemType} bean each, and what
 * they share: checking bodies under JSON paths, rendering text, seeded shuffling, wildcards.
 */
@NullMarked
package org.vidya.assessment.item;

import org.jspecify.annotations.NullMarked;
