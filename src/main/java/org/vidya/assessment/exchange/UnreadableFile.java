package org.vidya.assessment.exchange;

import java.util.List;

/** A file a format cannot read at all; it becomes the one file-level error of the parse. */
public class UnreadableFile extends RuntimeException {

    private final int line;
    private final String code;

    public UnreadableFile(int line, String code, String message) {
        super(message);
        this.line = line;
        this.code = code;
    }

    public int line() {
        return line;
    }

    public String code() {
        return code;
    }

    /** The parse result of a file that could not be read: no items, this one error with index -1. */
    public ParseResult toResult() {
        return new ParseResult(List.of(), List.of(new ParseResult.ItemError(-1, line, null, code, getMessage())), null);
    }
}
