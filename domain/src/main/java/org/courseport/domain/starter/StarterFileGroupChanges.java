package org.courseport.domain.starter;

import java.util.Objects;
import java.util.Optional;

/** What an update of a starter file group gives; what it leaves out stays. */
public record StarterFileGroupChanges(Optional<String> name, Optional<String> entryRename, Optional<Boolean> useRename) {
    public StarterFileGroupChanges {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entryRename, "entryRename");
        Objects.requireNonNull(useRename, "useRename");
    }
}
