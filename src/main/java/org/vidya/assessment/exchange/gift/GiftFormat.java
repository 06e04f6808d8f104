package org.vidya.assessment.exchange.gift;

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

/** Moodle's GIFT text format: single and multiple choice, true/false, short answer, numeric, matching, essay. */
@Component
public class GiftFormat implements ItemFormat {

    @Override
    public String id() {
        return "gift";
    }

    @Override
    public String mediaType() {
        return "text/plain;charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "gift.txt";
    }

    @Override
    public ParseResult parse(byte[] content) {
        try {
            return new GiftReader().read(FileText.decode(content));
        } catch (UnreadableFile refused) {
            return refused.toResult();
        }
    }

    @Override
    public WriteResult write(List<ItemDraft> items, QuizImports.@Nullable Outline test) {
        return new GiftWriter().write(items);
    }
}
