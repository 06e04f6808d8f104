package org.vidya.assessment.item;

/**
 * Moodle's short-answer matching: {@code *} stands for any run of characters, everything else is
 * literal; surrounding spaces are ignored and runs of spaces count as one. Matching walks the
 * strings (no regular expression is built), so grading stays cheap.
 */
final class Wildcard {

    private Wildcard() {
    }

    static boolean matches(String pattern, String text, boolean caseSensitive) {
        String p = normalize(pattern);
        String t = normalize(text);
        int pi = 0;
        int ti = 0;
        int star = -1;
        int resume = 0;
        while (ti < t.length()) {
            if (pi < p.length() && p.charAt(pi) != '*' && same(p.charAt(pi), t.charAt(ti), caseSensitive)) {
                pi++;
                ti++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                resume = ti;
            } else if (star >= 0) {
                pi = star + 1;
                ti = ++resume;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    /** Trims and turns each run of whitespace into one space. */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean same(char a, char b, boolean caseSensitive) {
        if (a == b) {
            return true;
        }
        if (caseSensitive) {
            return false;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b)
                || Character.toUpperCase(a) == Character.toUpperCase(b);
    }
}
