package org.courseport.adapters.persistence.blob;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

class H2BlobReferencesTest extends AbstractBlobReferencesContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.h2();
    }
}
