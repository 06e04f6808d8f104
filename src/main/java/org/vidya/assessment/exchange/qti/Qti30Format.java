package org.vidya.assessment.exchange.qti;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.ItemFormat;
import org.vidya.assessment.exchange.ParseResult;
import org.vidya.assessment.exchange.WriteResult;
import org.vidya.assessment.quiz.QuizImports;

/** QTI 3.0 items and tests in IMS content packages; reads QTI 2.x files too. */
@Component
class Qti30Format implements ItemFormat {

    @Override
    public String id() {
        return "qti30";
    }

    @Override
    public String mediaType() {
        return "application/zip";
    }

    @Override
    public String fileExtension() {
        return "zip";
    }

    @Override
    public ParseResult parse(byte[] content) {
        return QtiReader.parse(content);
    }

    @Override
    public WriteResult write(List<ItemDraft> items, QuizImports.@Nullable Outline test) {
        return QtiPackageWriter.write(items, test, QtiVersion.V3P0);
    }
}
