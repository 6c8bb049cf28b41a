package org.courseport.adapters.persistence.course;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.application.contracts.CourseStoreContract;
import org.courseport.domain.course.CourseStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The CourseStore contract on the database store, run once per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractCourseStoreContract extends CourseStoreContract {
    private TestDatabase database;
    private CourseStore store;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        store = new JdbiCourseStore(database.jdbi());
    }

    @AfterAll
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
