package org.courseport.bootstrap.e2e;

/** The marks spreadsheet script again with everything in PostgreSQL. */
class PostgresMarksSpreadsheetEndToEndTest extends MarksSpreadsheetEndToEndTest {
    @Override
    protected boolean onPostgres() {
        return true;
    }
}
