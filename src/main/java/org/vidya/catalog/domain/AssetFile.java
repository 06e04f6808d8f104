package org.vidya.catalog.domain;

/** The bytes of a course image and their type (detected from the bytes when it was stored). */
public record AssetFile(String name, String contentType, byte[] content) {
}
