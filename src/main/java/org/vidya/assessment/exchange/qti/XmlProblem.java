package org.vidya.assessment.exchange.qti;

/** A file the reader cannot use: a stable code, the line when known (else 0) and a message for authors. */
final class XmlProblem extends Exception {

    private final String code;
    private final int line;

    XmlProblem(String code, int line, String message) {
        super(message, null, false, false);
        this.code = code;
        this.line = line;
    }

    String code() {
        return code;
    }

    int line() {
        return line;
    }
}
