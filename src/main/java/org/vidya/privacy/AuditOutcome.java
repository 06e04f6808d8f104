package org.vidya.privacy;

/** How a sensitive action ended. */
public enum AuditOutcome { SUCCESS, FAILURE, DENIED }
