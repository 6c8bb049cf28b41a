package org.courseport.bootstrap.e2e;

/** The marking robot again with everything in PostgreSQL. */
class PostgresMarkingEndToEndTest extends MarkingEndToEndTest {
    @Override
    protected boolean onPostgres() {
        return true;
    }
}
