/**
 * Web setup and the helpers every module's pages share: flashed notices, form errors and the
 * permission check at a page's door. Modules that use them list {@code "platform::web"} among
 * their allowed dependencies.
 */
@NullMarked
@NamedInterface("web")
package org.vidya.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
