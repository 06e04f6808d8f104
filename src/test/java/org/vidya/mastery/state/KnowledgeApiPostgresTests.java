package org.vidya.mastery.state;

import org.vidya.support.PostgresApiTest;

/** The knowledge state on PostgreSQL: row locks, row-level security on the listener's writes, the due index. */
@PostgresApiTest
class KnowledgeApiPostgresTests extends KnowledgeApiTests {
}
