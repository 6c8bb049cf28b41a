package org.courseport.adapters.persistence.course;

import java.util.UUID;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.domain.course.CourseStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class H2CourseStoreTest extends AbstractCourseStoreContract {
    private Database database;
    private CourseStore store;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseSettings.inMemory("courses-" + UUID.randomUUID()));
        store = new JdbiCourseStore(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Override
    protected CourseStore store() {
        return store;
    }
}
