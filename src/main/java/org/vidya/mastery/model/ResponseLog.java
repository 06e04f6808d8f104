package org.vidya.mastery.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A response log as the evaluation reads it: tab-separated, with a header naming at least
 * {@code user_id item_id timestamp correct skill_id} (in any order), one answer a line. Users,
 * items and skills get dense indexes in order of first appearance; rows keep file order.
 */
final class ResponseLog {

    static final List<String> COLUMNS = List.of("user_id", "item_id", "timestamp", "correct", "skill_id");

    /** Lines a log may have; the fixtures have a few hundred thousand. */
    static final int MAX_ROWS = 50_000_000;

    final int size;
    final int[] user;
    final int[] item;
    final int[] skill;
    final long[] timestamp;
    final double[] correct;
    final long[] userIds;
    final long[] itemIds;
    final long[] skillIds;

    private ResponseLog(int size, int[] user, int[] item, int[] skill, long[] timestamp, double[] correct,
            long[] userIds, long[] itemIds, long[] skillIds) {
        this.size = size;
        this.user = user;
        this.item = item;
        this.skill = skill;
        this.timestamp = timestamp;
        this.correct = correct;
        this.userIds = userIds;
        this.itemIds = itemIds;
        this.skillIds = skillIds;
    }

    int users() {
        return userIds.length;
    }

    int items() {
        return itemIds.length;
    }

    int skills() {
        return skillIds.length;
    }

    /** Refusal of a malformed log, naming the line (1 is the header). */
    static final class MalformedLogException extends Exception {

        final int line;

        MalformedLogException(int line, String message) {
            this(line, "line " + line + ": " + message, true);
        }

        private MalformedLogException(int line, String message, boolean whole) {
            super(message);
            this.line = line;
        }

        /** The same refusal naming the file too. */
        MalformedLogException in(String file) {
            return new MalformedLogException(line, file + ": " + getMessage(), true);
        }
    }

    static ResponseLog read(Path file) throws IOException, MalformedLogException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    static ResponseLog read(BufferedReader reader) throws IOException, MalformedLogException {
        String header = reader.readLine();
        if (header == null || header.isBlank()) {
            throw new MalformedLogException(1, "empty file: expected a header with " + String.join(" ", COLUMNS));
        }
        String[] names = strip(header).split("\t", -1);
        int[] column = new int[COLUMNS.size()];
        for (int c = 0; c < column.length; c++) {
            column[c] = Arrays.asList(names).indexOf(COLUMNS.get(c));
            if (column[c] < 0) {
                throw new MalformedLogException(1, "missing column " + COLUMNS.get(c) + " in the header");
            }
        }
        int width = names.length;
        Builder rows = new Builder();
        String text;
        int line = 1;
        while ((text = reader.readLine()) != null) {
            line++;
            String[] fields = strip(text).split("\t", -1);
            if (fields.length < width) {
                throw new MalformedLogException(line, "expected " + width + " tab-separated fields, found "
                        + fields.length);
            }
            if (rows.size >= MAX_ROWS) {
                throw new MalformedLogException(line, "more than " + MAX_ROWS + " responses");
            }
            long user = integer(fields[column[0]], COLUMNS.get(0), line);
            long item = integer(fields[column[1]], COLUMNS.get(1), line);
            long timestamp = integer(fields[column[2]], COLUMNS.get(2), line);
            double correct = number(fields[column[3]], COLUMNS.get(3), line);
            if (!(correct >= 0 && correct <= 1)) {
                throw new MalformedLogException(line, "correct must be between 0 and 1, found " + fields[column[3]]);
            }
            long skill = integer(fields[column[4]], COLUMNS.get(4), line);
            rows.add(user, item, skill, timestamp, correct);
        }
        if (rows.size == 0) {
            throw new MalformedLogException(2, "no responses after the header");
        }
        return rows.build();
    }

    private static String strip(String text) {
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static long integer(String field, String name, int line) throws MalformedLogException {
        try {
            return Long.parseLong(field.trim());
        } catch (NumberFormatException e) {
            throw new MalformedLogException(line, name + " is not an integer: '" + field + "'");
        }
    }

    private static double number(String field, String name, int line) throws MalformedLogException {
        try {
            double value = Double.parseDouble(field.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MalformedLogException(line, name + " is not a number: '" + field + "'");
    }

    /** The rows of some users only, indexed afresh, for a split by user. */
    ResponseLog ofUsers(boolean[] keep) {
        Builder rows = new Builder();
        for (int r = 0; r < size; r++) {
            if (keep[user[r]]) {
                rows.add(userIds[user[r]], itemIds[item[r]], skillIds[skill[r]], timestamp[r], correct[r]);
            }
        }
        return rows.build();
    }

    /** Row indexes in time order; equal times keep file order. */
    int[] timeOrder() {
        Integer[] order = new Integer[size];
        for (int r = 0; r < size; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> Long.compare(timestamp[a], timestamp[b]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** Builds a log from rows, giving ids dense indexes. */
    static final class Builder {

        private final Map<Long, Integer> users = new HashMap<>();
        private final Map<Long, Integer> items = new HashMap<>();
        private final Map<Long, Integer> skills = new HashMap<>();
        private int size;
        private int[] user = new int[1024];
        private int[] item = new int[1024];
        private int[] skill = new int[1024];
        private long[] timestamp = new long[1024];
        private double[] correct = new double[1024];

        void add(long userId, long itemId, long skillId, long at, double outcome) {
            if (size == user.length) {
                int capacity = size * 2;
                user = Arrays.copyOf(user, capacity);
                item = Arrays.copyOf(item, capacity);
                skill = Arrays.copyOf(skill, capacity);
                timestamp = Arrays.copyOf(timestamp, capacity);
                correct = Arrays.copyOf(correct, capacity);
            }
            user[size] = users.computeIfAbsent(userId, k -> users.size());
            item[size] = items.computeIfAbsent(itemId, k -> items.size());
            skill[size] = skills.computeIfAbsent(skillId, k -> skills.size());
            timestamp[size] = at;
            correct[size] = outcome;
            size++;
        }

        ResponseLog build() {
            return new ResponseLog(size, Arrays.copyOf(user, size), Arrays.copyOf(item, size),
                    Arrays.copyOf(skill, size), Arrays.copyOf(timestamp, size), Arrays.copyOf(correct, size),
                    ids(users), ids(items), ids(skills));
        }

        private static long[] ids(Map<Long, Integer> index) {
            long[] ids = new long[index.size()];
            index.forEach((id, i) -> ids[i] = id);
            return ids;
        }
    }
}
