/**
 * Files kept outside the database (coursework uploads, course assets), addressed by key: a
 * local directory by default, another store (an S3-compatible one) chosen by configuration.
 */
@NullMarked
@NamedInterface("storage")
package org.vidya.platform.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
