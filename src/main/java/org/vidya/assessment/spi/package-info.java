/**
 * The plug-in point for item types: one {@link org.vidya.assessment.spi.ItemType} bean per type.
 */
@NamedInterface("spi")
@NullMarked
package org.vidya.assessment.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
