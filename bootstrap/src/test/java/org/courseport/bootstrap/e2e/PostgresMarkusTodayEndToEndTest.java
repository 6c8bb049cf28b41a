package org.courseport.bootstrap.e2e;

/** The MarkUs robot's round trip again with everything in PostgreSQL. */
class PostgresMarkusTodayEndToEndTest extends MarkusTodayEndToEndTest {
    @Override
    protected boolean onPostgres() {
        return true;
    }
}
