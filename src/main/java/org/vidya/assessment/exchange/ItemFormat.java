package org.vidya.assessment.exchange;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.quiz.QuizImports;

/**
 * One import and export format (GIFT, Moodle XML, Aiken, QTI 2.1, QTI 3.0, CSV), one bean each.
 * Parsing never saves anything and never fetches anything from the network.
 */
public interface ItemFormat {

    /** The id used in {@code ?format=}: {@code gift}, {@code moodle-xml}, {@code aiken}, {@code qti21}, {@code qti30}, {@code csv}. */
    String id();

    /** Media type of what {@link #write} produces. */
    String mediaType();

    /** File extension of what {@link #write} produces, without the dot. */
    String fileExtension();

    /**
     * Reads a file: every item it could read as a draft with the line it starts on, and every
     * problem with the item's position and line. A file it cannot read at all (not this format,
     * bad encoding, hostile XML) gives one error with item index -1.
     */
    ParseResult parse(byte[] content);

    /**
     * Writes items (with their ids as external ids) and, when given, a test made of them whose
     * sections name items by {@link ItemDraft#externalId()}; formats without tests ignore it.
     * Items the format cannot carry are left out and reported in {@link WriteResult#skipped()}.
     */
    WriteResult write(List<ItemDraft> items, QuizImports.@Nullable Outline test);
}
