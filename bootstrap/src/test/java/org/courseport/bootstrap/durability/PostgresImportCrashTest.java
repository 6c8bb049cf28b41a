package org.courseport.bootstrap.durability;

import java.nio.file.Path;
import org.courseport.bootstrap.testing.FreshPostgres;
import org.courseport.bootstrap.testing.ServerProcess;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The killed import again with blobs in PostgreSQL, written with asynchronous commits up to the barrier. */
class PostgresImportCrashTest extends ImportCrashTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Override
    protected ServerProcess launch(Path data) {
        return ServerProcess.launch(data, postgres.settings());
    }
}
