package org.vidya.assessment.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.aiken.AikenFormat;
import org.vidya.assessment.exchange.csv.CsvFormat;
import org.vidya.assessment.exchange.gift.GiftFormat;
import org.vidya.assessment.exchange.moodle.MoodleXmlFormat;
import org.vidya.assessment.item.ClozeItemType;
import org.vidya.assessment.item.EssayItemType;
import org.vidya.assessment.item.MatchingItemType;
import org.vidya.assessment.item.MultipleResponseItemType;
import org.vidya.assessment.item.NumericItemType;
import org.vidya.assessment.item.OrderingItemType;
import org.vidya.assessment.item.ShortTextItemType;
import org.vidya.assessment.item.SingleChoiceItemType;
import org.vidya.assessment.item.TrueFalseItemType;
import org.vidya.assessment.spi.ItemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.assessment.exchange.ExchangeSamples.*;

/** What every format reads is a body its item type accepts, so a clean preview means a clean save. */
class ParsedItemsAreValidTests {

    static final Map<String, ItemType> TYPES;

    static {
        SingleChoiceItemType single = new SingleChoiceItemType();
        NumericItemType numeric = new NumericItemType();
        ShortTextItemType shortText = new ShortTextItemType();
        TYPES = Stream.of(single, new MultipleResponseItemType(), new TrueFalseItemType(), numeric, shortText,
                new EssayItemType(), new MatchingItemType(), new OrderingItemType(),
                new ClozeItemType(single, numeric, shortText))
                .collect(java.util.stream.Collectors.toMap(ItemType::id, type -> type));
    }

    static Stream<ParseResult> files() throws IOException {
        List<ItemDraft> all = allTypes().stream().filter(item -> !item.type().equals("case")).toList();
        byte[] moodleSample;
        try (InputStream in = MoodleXmlFormat.class.getResourceAsStream("sample.xml")) {
            moodleSample = in.readAllBytes();
        }
        return Stream.of(
                new GiftFormat().parse(new GiftFormat().write(all, null).content()),
                new GiftFormat().parse(utf8("""
                        ::Q1:: 1+1=2 {T}

                        ::Q2:: Between orange and green? { =yellow # right ~red # wrong ~blue # wrong }

                        ::Q3:: Two plus {=two =2} equals four.

                        ::Q4:: Which animal eats which food? { =cat -> cat food =dog -> dog food }

                        ::Q5:: A number from 1 to 5? {#1..5}

                        ::Q7:: When was Grant born? {# =1822:0 # Correct =%50%1822:2 # Close }

                        ::Q8:: Primes {~%50%2 ~%50%3 ~%-100%4}

                        ::Q9:: How are you? {}
                        """)),
                new MoodleXmlFormat().parse(new MoodleXmlFormat().write(all, null).content()),
                new MoodleXmlFormat().parse(moodleSample),
                new AikenFormat().parse(utf8("Q?\nA. x\nB. y\nANSWER: B\n")),
                new CsvFormat().parse(new CsvFormat().write(all, null).content()),
                new CsvFormat().parse(utf8("type,prompt,choices,correct\nmultiple-response,Q,a|b|c|d,A|B|C\n")));
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyItemReadIsValidForItsType(ParseResult result) {
        assertThat(result.items()).isNotEmpty();
        for (ParseResult.ParsedItem item : result.items()) {
            ItemType type = TYPES.get(item.draft().type());
            assertThat(type).as(item.draft().type()).isNotNull();
            assertThat(type.validate(item.draft().body())).as("%s %s", item.draft().type(), item.draft().body())
                    .isEmpty();
        }
    }

}
