/**
 * Tenants (schools, companies, the public space), memberships with roles, classes, teams,
 * parent–child links, seats, invitations and bulk import of members.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "platform::web", "identity", "identity::spi", "privacy"})
package org.vidya.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
