package org.vidya.mastery.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The words and numbers of the mastery pages in the reader's language: reasons and
 * recommendations come from the engine as message codes with arguments, and are translated here
 * so that a template only prints them; moments are shown in UTC.
 */
final class MasteryTexts {

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter moment;

    MasteryTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.day = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        this.moment = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", locale).withZone(ZoneOffset.UTC);
    }

    /**
     * A message of the engine (a reason, a recommendation, a phase): its code is a key under
     * {@code prefix}, written whole or without the prefix; the arguments go in as they came, since
     * the bundles format them ({@code {0,number,percent}}). The code itself when no bundle knows it.
     */
    public String message(String prefix, String code, List<@Nullable Object> arguments) {
        String key = code.startsWith(prefix) ? code : prefix + code;
        return messages.getMessage(key, arguments.toArray(), code, locale);
    }

    public String format(@Nullable Instant instant) {
        return instant == null ? "" : moment.format(instant);
    }

    public String format(@Nullable LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    /** For templates: {@link #percent}. */
    public int pct(double value) {
        return percent(value);
    }

    /** For templates: {@link #number}. */
    public String num(double value) {
        return number(value);
    }

    /** A probability as a whole percentage. */
    public static int percent(double value) {
        return (int) Math.round(Math.max(0, Math.min(1, value)) * 100);
    }

    /** A score to at most one decimal place, without a trailing ".0". */
    public static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }

    /**
     * The colour band of a mastery (0..4, or "none" without evidence); the number is always shown
     * beside it, so colour is never the only cue.
     */
    public static String band(@Nullable Double mastery, double masteredThreshold) {
        if (mastery == null) {
            return "none";
        }
        if (mastery >= masteredThreshold) {
            return "4";
        }
        if (mastery >= 0.6) {
            return "3";
        }
        if (mastery >= 0.4) {
            return "2";
        }
        return mastery >= 0.2 ? "1" : "0";
    }
}
