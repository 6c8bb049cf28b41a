package org.courseport.adapters.persistence.blob;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.application.contracts.BlobInventoryContract;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.BlobInventory;
import org.courseport.domain.blob.BlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The inventory contract for blobs in the database, once per database. */
abstract class AbstractJdbiBlobInventoryContract extends BlobInventoryContract {
    private TestDatabase database;
    private JdbiBlobStore store;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        store = new JdbiBlobStore(database.jdbi(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Override
    protected BlobInventory inventory() {
        return store;
    }

    @Override
    protected void age(BlobId id, Instant lastWritten) {
        database.jdbi().useHandle(h -> h.createUpdate("update blobs set created_at = :at where id = :id")
                .bind("at", Timestamps.toDb(lastWritten)).bind("id", id.sha256()).execute());
    }

    @Override
    protected void abandonWrite(Instant started) {
        String upload = UUID.randomUUID().toString();
        database.jdbi().useHandle(h -> {
            h.createUpdate("insert into blob_uploads (id, started_at) values (:id, :at)")
                    .bind("id", upload).bind("at", Timestamps.toDb(started)).execute();
            h.createUpdate("insert into blob_chunks (upload_id, seq, data) values (:id, 0, :data)")
                    .bind("id", upload).bind("data", new byte[] {1, 2, 3}).execute();
        });
    }
}
