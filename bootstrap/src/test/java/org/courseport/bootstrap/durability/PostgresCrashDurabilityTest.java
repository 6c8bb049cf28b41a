package org.courseport.bootstrap.durability;

import java.nio.file.Path;
import org.courseport.bootstrap.testing.FreshPostgres;
import org.courseport.bootstrap.testing.ServerProcess;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The crash again with everything, blobs included, in PostgreSQL. */
class PostgresCrashDurabilityTest extends CrashDurabilityTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Override
    protected ServerProcess launch(Path data) {
        return ServerProcess.launch(data, postgres.settings());
    }
}
