package org.vidya.coursework.domain;

/** What one attempt handed in. Text and links are shown escaped, never as markup; files are only downloaded. */
public sealed interface SubmissionContent {

    SubmissionType type();

    record Text(String text) implements SubmissionContent {
        public SubmissionType type() { return SubmissionType.TEXT; }
    }

    /** A link or video link; always an http or https address, shown as a link and never embedded. */
    record Link(SubmissionType type, String url) implements SubmissionContent {
        public Link {
            if (type != SubmissionType.LINK && type != SubmissionType.VIDEO_LINK) {
                throw new IllegalArgumentException("not a link type: " + type);
            }
        }
    }

    /**
     * An uploaded file in the file store.
     *
     * @param contentType the type detected from the file's bytes, as it is served
     * @param size        bytes
     */
    record File(String key, String name, String contentType, long size) implements SubmissionContent {
        public SubmissionType type() { return SubmissionType.FILE; }
    }
}
