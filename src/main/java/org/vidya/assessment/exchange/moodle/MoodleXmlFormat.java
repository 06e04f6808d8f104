package org.vidya.assessment.exchange.moodle;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.FileText;
import org.vidya.assessment.exchange.ItemFormat;
import org.vidya.assessment.exchange.ParseResult;
import org.vidya.assessment.exchange.UnreadableFile;
import org.vidya.assessment.exchange.WriteResult;
import org.vidya.assessment.quiz.QuizImports;

/**
 * Moodle XML: multiple choice, true/false, short answer, numerical (with units), essay, matching,
 * ordering (the plugin's format) and embedded answers (cloze), with categories and tags. The XML
 * reader refuses DOCTYPEs and entities and never fetches anything.
 */
@Component
public class MoodleXmlFormat implements ItemFormat {

    @Override
    public String id() {
        return "moodle-xml";
    }

    @Override
    public String mediaType() {
        return "application/xml;charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public ParseResult parse(byte[] content) {
        try {
            // Decoded first so that bad bytes are reported with their line the same way in every format.
            String text = FileText.decode(content);
            return new MoodleXmlReader().read(XmlTree.parse(text));
        } catch (UnreadableFile refused) {
            return refused.toResult();
        }
    }

    @Override
    public WriteResult write(List<ItemDraft> items, QuizImports.@Nullable Outline test) {
        return new MoodleXmlWriter().write(items);
    }
}
