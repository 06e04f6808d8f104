package org.vidya.mastery.calibration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads graded answers from the mastery response log ({@code mastery_response}: one row per answer
 * and concept, with learner, item, outcome, answered_at and the source attempt), one row per
 * learner, item and source, newest first, at most {@link #MAX_ROWS}. Runs as the calibration job
 * does: across tenants, as the root.
 */
@Component
class ResponseLogReader {

    static final int MAX_ROWS = 2_000_000;
    static final String TABLE = "mastery_response";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ResponseLogReader(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Whether the log exists on this database (it arrives with the knowledge state's migration). */
    boolean available() {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            return false;
        }
    }

    List<GradedResponse> since(Instant since) {
        // A response names each of its concepts on a row of its own: one answer per learner, item and source.
        return jdbc.sql("select tenant_id, learner_id, item_id, max(outcome) as outcome from " + TABLE
                + " where item_id is not null and answered_at >= :since"
                + " group by tenant_id, learner_id, item_id, source_id order by max(answered_at) desc limit :rows")
                .param("since", Timestamp.from(since)).param("rows", MAX_ROWS)
                .query((rs, n) -> new GradedResponse(rs.getObject("tenant_id", UUID.class),
                        rs.getObject("learner_id", UUID.class), rs.getObject("item_id", UUID.class),
                        Math.max(0, Math.min(1, rs.getDouble("outcome"))))).list();
    }
}
