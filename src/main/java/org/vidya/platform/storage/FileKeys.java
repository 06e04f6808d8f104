package org.vidya.platform.storage;

import java.util.regex.Pattern;

/** The one rule for what a {@link FileStore} key may look like, shared by every store. */
public final class FileKeys {

    /** Longest key any store accepts. */
    public static final int MAX_LENGTH = 400;

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]{1,120}");

    private FileKeys() {
    }

    public static boolean isValid(String key) {
        if (key.isEmpty() || key.length() > MAX_LENGTH || key.startsWith("/") || key.endsWith("/")) {
            return false;
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The key itself, or an {@link IllegalArgumentException} when it is not a valid key. */
    public static String require(String key) {
        if (!isValid(key)) {
            throw new IllegalArgumentException("Not a valid file key: " + shorten(key));
        }
        return key;
    }

    private static String shorten(String key) {
        String printable = key.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }
}
