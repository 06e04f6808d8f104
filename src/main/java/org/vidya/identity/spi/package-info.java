/** What identity needs from the module that owns tenants and memberships. */
@NullMarked
@NamedInterface("spi")
package org.vidya.identity.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
