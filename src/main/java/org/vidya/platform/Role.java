package org.vidya.platform;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static org.vidya.platform.Permission.*;

/**
 * What a person is within a tenant (or, for {@link #PLATFORM_ADMIN}, on the platform).
 * Services check {@link Permission}s, never roles, so that this mapping is the one place
 * that says who may do what.
 */
public enum Role {

    LEARNER(false, PROFILE_READ, CLASSES_READ_OWN, CATALOG_READ, COURSES_LEARN, TESTS_TAKE, MASTERY_LEARN),
    PARENT(false, PROFILE_READ, CHILDREN_READ, GUARDIAN_LINKS_REQUEST, CATALOG_READ),
    TEACHER(true, PROFILE_READ, CLASSES_READ_OWN, CLASSES_READ, MEMBERS_READ, LEARNER_DATA_READ, CATALOG_READ,
            COURSES_LEARN, CONTENT_AUTHOR, COURSES_ASSIGN, COURSEWORK_MANAGE, ITEM_BANK_MANAGE, TESTS_MANAGE,
            CONCEPTS_MANAGE, MASTERY_CLASS_READ),
    TEAM_MANAGER(true, PROFILE_READ, TEAMS_READ, MEMBERS_READ, LEARNER_DATA_READ, CATALOG_READ, COURSES_LEARN,
            COURSES_ASSIGN),
    CONTENT_CREATOR(true, PROFILE_READ, CONTENT_AUTHOR, CATALOG_READ, COURSES_LEARN, ITEM_BANK_MANAGE,
            CONCEPTS_MANAGE),
    ORG_ADMIN(true, PROFILE_READ, CLASSES_READ_OWN, CLASSES_READ, MEMBERS_READ, LEARNER_DATA_READ, TEAMS_READ,
            MEMBERS_MANAGE, CLASSES_MANAGE, TEAMS_MANAGE, INVITATIONS_MANAGE, GUARDIAN_LINKS_MANAGE,
            TENANT_SETTINGS_MANAGE, AUDIT_READ, ANALYTICS_READ, CONTENT_AUTHOR, CATALOG_READ, COURSES_LEARN,
            COURSES_ASSIGN, COURSE_ACCESS_GRANT, COURSEWORK_MANAGE, ITEM_BANK_MANAGE, TESTS_MANAGE, CONCEPTS_MANAGE,
            MASTERY_CLASS_READ),
    ANALYTICS_VIEWER(true, PROFILE_READ, ANALYTICS_READ, CLASSES_READ, TEAMS_READ, CATALOG_READ),
    /** Authors platform-wide courses, published to every tenant. */
    PLATFORM_ADMIN(true, PROFILE_READ, TENANTS_MANAGE, CONTENT_AUTHOR, CATALOG_READ, ITEM_BANK_MANAGE,
            CONCEPTS_MANAGE);

    private final boolean staff;
    private final Set<Permission> permissions;

    Role(boolean staff, Permission... permissions) {
        this.staff = staff;
        this.permissions = permissions.length == 0 ? EnumSet.noneOf(Permission.class)
                : EnumSet.copyOf(Arrays.asList(permissions));
    }

    /** Staff roles (teacher and above) must sign in with a second factor. */
    public boolean isStaff() {
        return staff;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** The lower-case name used in tokens, CSV files and the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        String normalized = code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Role role : values()) {
            if (role.name().equals(normalized)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role '" + code + "'");
    }

    public static Set<Permission> permissionsOf(Set<Role> roles) {
        EnumSet<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> all.addAll(role.permissions));
        return all;
    }
}
