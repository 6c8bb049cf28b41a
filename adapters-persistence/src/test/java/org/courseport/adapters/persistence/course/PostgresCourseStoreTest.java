package org.courseport.adapters.persistence.course;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;
import org.courseport.domain.course.CourseStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The contract assumes an empty store for each test, so each gets a schema of its own. */
class PostgresCourseStoreTest extends AbstractCourseStoreContract {
    private TestDatabase database;
    private CourseStore store;

    @BeforeEach
    void open() {
        database = TestDatabases.postgres();
        store = new JdbiCourseStore(database.jdbi());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected CourseStore store() {
        return store;
    }
}
