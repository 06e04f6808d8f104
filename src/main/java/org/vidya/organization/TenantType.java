package org.vidya.organization;

/** What kind of organization a tenant is; it sets defaults such as deadline styles. */
public enum TenantType { SCHOOL, ENTERPRISE, PUBLIC }
