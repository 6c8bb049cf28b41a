package org.courseport.adapters.persistence.starter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.courseport.adapters.persistence.blob.JdbiBlobReferences;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.grading.JdbiAssignmentStore;
import org.courseport.application.contracts.StarterFileStoreContract;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.starter.StarterFileStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The starter file store contract on a database; a subclass names the database. */
public abstract class AbstractStarterFileStoreContract extends StarterFileStoreContract {
    private TestDatabase database;
    private JdbiStarterFileStore store;
    private JdbiAssignmentStore assignments;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        store = new JdbiStarterFileStore(database.jdbi());
        assignments = new JdbiAssignmentStore(database.jdbi());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected StarterFileStore store() {
        return store;
    }

    @Override
    protected AssignmentStore assignments() {
        return assignments;
    }

    @Test
    void garbageCollectionKeepsStarterFilesBlobs() {
        store.putFile(store.createGroup(assignment(), NOW).id(), new SubmissionPath("a.py"), BLOB, NOW);
        assertTrue(new JdbiBlobReferences(database.jdbi()).named().contains(BLOB.id()));
    }
}
