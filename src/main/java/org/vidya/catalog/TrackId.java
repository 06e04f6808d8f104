package org.vidya.catalog;

import java.util.UUID;

import org.vidya.platform.Ids;

/** Identifies a track (an ordered path of courses). */
public record TrackId(UUID value) {

    public static TrackId of(String value) {
        return new TrackId(UUID.fromString(value));
    }

    public static TrackId random() {
        return new TrackId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
