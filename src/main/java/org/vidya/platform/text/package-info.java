/**
 * Text that people write and others read: Markdown rendered to safe HTML. Modules that use it
 * list {@code "platform::text"} among their allowed dependencies.
 */
@NullMarked
@NamedInterface("text")
package org.vidya.platform.text;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
