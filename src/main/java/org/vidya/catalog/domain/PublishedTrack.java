package org.vidya.catalog.domain;

import java.util.List;

import org.vidya.catalog.CourseSummary;

/** A track as learners see it: only its published courses they may see, in the track's order. */
public record PublishedTrack(TrackView track, List<CourseSummary> courses) {
}
