package org.vidya.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class ResponseLogTests {

    static final String HEADER = "user_id\titem_id\ttimestamp\tcorrect\tskill_id\n";

    static ResponseLog read(String text) throws Exception {
        return ResponseLog.read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsRowsAndIndexesIdsInOrderOfAppearance() throws Exception {
        ResponseLog log = read(HEADER + "7\t100\t5\t1\t3\n7\t101\t6\t0\t3\n9\t100\t2\t1\t4\r\n");

        assertThat(log.size).isEqualTo(3);
        assertThat(log.user).containsExactly(0, 0, 1);
        assertThat(log.item).containsExactly(0, 1, 0);
        assertThat(log.skill).containsExactly(0, 0, 1);
        assertThat(log.correct).containsExactly(1, 0, 1);
        assertThat(log.userIds).containsExactly(7, 9);
        assertThat(log.timeOrder()).containsExactly(2, 0, 1);
    }

    @Test
    void columnsMayComeInAnyOrderWithOthersBeside() throws Exception {
        ResponseLog log = read("skill_id\tcorrect\textra\tuser_id\ttimestamp\titem_id\n3\t0\tx\t7\t0\t100\n");

        assertThat(log.skillIds).containsExactly(3);
        assertThat(log.itemIds).containsExactly(100);
        assertThat(log.correct).containsExactly(0);
    }

    @Test
    void anEmptyFileIsRefusedAtLineOne() {
        assertThatThrownBy(() -> read("")).isInstanceOf(ResponseLog.MalformedLogException.class)
                .hasMessageStartingWith("line 1: empty file");
    }

    @Test
    void aHeaderWithoutAColumnIsRefusedNamingIt() {
        assertThatThrownBy(() -> read("user_id\titem_id\ttimestamp\tcorrect\n1\t2\t3\t1\n"))
                .isInstanceOf(ResponseLog.MalformedLogException.class)
                .hasMessage("line 1: missing column skill_id in the header");
    }

    @Test
    void aRowWithAMissingFieldIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> read(HEADER + "1\t2\t0\t1\t5\n1\t3\t0\t1\n"))
                .isInstanceOf(ResponseLog.MalformedLogException.class)
                .hasMessage("line 3: expected 5 tab-separated fields, found 4")
                .extracting(e -> ((ResponseLog.MalformedLogException) e).line).isEqualTo(3);
    }

    @Test
    void aNonNumericFieldIsRefusedNamingTheLineAndColumn() {
        assertThatThrownBy(() -> read(HEADER + "1\t2\t0\t1\t5\n1\t2\t0\t1\t5\n1\tq7\t0\t1\t5\n"))
                .isInstanceOf(ResponseLog.MalformedLogException.class)
                .hasMessage("line 4: item_id is not an integer: 'q7'");
        assertThatThrownBy(() -> read(HEADER + "1\t2\t0\tyes\t5\n"))
                .hasMessage("line 2: correct is not a number: 'yes'");
        assertThatThrownBy(() -> read(HEADER + "1\t2\t0\tNaN\t5\n"))
                .hasMessage("line 2: correct is not a number: 'NaN'");
    }

    @Test
    void anOutcomeOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> read(HEADER + "1\t2\t0\t2\t5\n"))
                .hasMessage("line 2: correct must be between 0 and 1, found 2");
    }

    @Test
    void aHeaderWithoutResponsesIsRefused() {
        assertThatThrownBy(() -> read(HEADER)).hasMessage("line 2: no responses after the header");
    }

    @Test
    void aSplitByUserKeepsEachUsersRowsInOrder() throws Exception {
        ResponseLog log = read(HEADER + "7\t100\t0\t1\t3\n8\t101\t0\t0\t3\n7\t102\t0\t0\t4\n");

        ResponseLog sevens = log.ofUsers(new boolean[] {true, false});

        assertThat(sevens.size).isEqualTo(2);
        assertThat(sevens.itemIds).containsExactly(100, 102);
        assertThat(sevens.correct).containsExactly(1, 0);
    }
}
