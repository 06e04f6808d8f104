package org.vidya.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.vidya.platform.ApiException;

/** What the catalog's pages share: telling htmx requests apart, and turning form strings into values. */
final class CatalogPages {

    /** The languages Vidya's pages are written in; authors may give every text in each of them. */
    static final List<String> LOCALES = List.of("en", "hi", "km");

    private CatalogPages() {
    }

    static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
    }

    /**
     * A failure the page shows at its form (bad input, a conflict, an upload refused); "not found"
     * and "forbidden" are not about the form and go to the error page instead.
     */
    static boolean belongsToForm(ApiException e) {
        return e.status() != HttpStatus.NOT_FOUND && e.status() != HttpStatus.FORBIDDEN
                && e.status() != HttpStatus.UNAUTHORIZED;
    }

    /** The locales a text of a course is edited in: the course's default first, then the pages' languages. */
    static List<String> editLocales(String defaultLocale) {
        List<String> locales = new ArrayList<>();
        locales.add(defaultLocale);
        LOCALES.stream().filter(l -> !l.equals(defaultLocale)).forEach(locales::add);
        return locales;
    }

    /**
     * The texts typed for {@code field} ({@code field.en}, {@code field.hi}, …), laid over the
     * stored translations so that translations in other languages (from an import) are kept. A
     * blank input removes its translation; a blank default is left for the catalog to refuse.
     */
    static Map<String, String> localized(MultiValueMap<String, String> form, String field, List<String> locales,
            @Nullable Map<String, String> stored) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String locale : locales) {
            String typed = form.getFirst(field + "." + locale);
            values.put(locale, typed == null ? "" : lines(typed));
        }
        if (stored != null) {
            stored.forEach(values::putIfAbsent);
        }
        return values;
    }

    /** As {@link #localized}, for a text that may be left out: null when every input is blank. */
    static @Nullable Map<String, String> optionalLocalized(MultiValueMap<String, String> form, String field,
            List<String> locales, @Nullable Map<String, String> stored) {
        Map<String, String> values = localized(form, field, locales, stored);
        return values.values().stream().allMatch(String::isBlank) ? null : values;
    }

    /** Browsers send a textarea's line ends as CR LF; stored texts use LF alone. */
    static String lines(String typed) {
        return typed.replace("\r\n", "\n");
    }

    static @Nullable String text(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static @Nullable BigDecimal decimal(MultiValueMap<String, String> form, String field) {
        String value = text(form, field);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, "wrong-type", "must be a number such as 12.5");
        }
    }

    static @Nullable Integer integer(MultiValueMap<String, String> form, String field) {
        String value = text(form, field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, "wrong-type", "must be a whole number");
        }
    }

    static @Nullable UUID uuid(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "wrong-type", "is not a valid choice");
        }
    }

    static <E extends Enum<E>> @Nullable E choice(@Nullable String value, Class<E> type, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "wrong-type", "is not a valid choice");
        }
    }

    /** Ids sent in a form, in order; any that is not an id makes the whole list a bad request. */
    static List<UUID> ids(@Nullable List<String> values, String field) {
        List<UUID> ids = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                UUID id = uuid(value, field);
                if (id == null) {
                    throw ApiException.invalid(field, "wrong-type", "is not a valid choice");
                }
                ids.add(id);
            }
        }
        return ids;
    }

    /** A course's address part from its title: lower-case letters and digits joined by dashes. */
    static String slugOf(String title) {
        String ascii = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 64) {
            ascii = ascii.substring(0, 64).replaceAll("-+$", "");
        }
        return ascii;
    }
}
