package org.courseport.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.AssignmentDetails;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.NewAssignment;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.starter.StarterEntry;
import org.courseport.domain.starter.StarterFileGroup;
import org.courseport.domain.starter.StarterFileGroupChanges;
import org.courseport.domain.starter.StarterFileStore;
import org.junit.jupiter.api.Test;

/** What every starter file store must do, for groups of an assignment its assignment store holds. */
public abstract class StarterFileStoreContract {
    protected static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    protected static final StoredBlob BLOB = new StoredBlob(new BlobId("c".repeat(64)), 4);

    /** Empty stores, new for each test. */
    protected abstract StarterFileStore store();

    protected abstract AssignmentStore assignments();

    /** A new assignment for the groups to belong to. */
    protected AssignmentId assignment() {
        ShortIdentifier a1 = new ShortIdentifier("A1");
        return assignments().create(new NewAssignment(a1, AssignmentDetails.defaults(a1, LocalDate.of(2026, 10, 1))), NOW)
                .id();
    }

    @Test
    void groupsAreMadeWithMarkUsDefaultsRenamedUniquelyAndDeleted() {
        StarterFileStore store = store();
        AssignmentId assignment = assignment();
        StarterFileGroup first = store.createGroup(assignment, NOW);
        StarterFileGroup second = store.createGroup(assignment, NOW);
        assertEquals(new StarterFileGroup(first.id(), assignment, "New Starter File Group", "", false), first);
        assertEquals(List.of(first, second), store.groups(assignment));
        StarterFileGroup renamed = first.changed(new StarterFileGroupChanges(Optional.of("Lab"), Optional.of("lab1"),
                Optional.of(true)));
        assertEquals(renamed, store.updateGroup(renamed, NOW));
        assertEquals(Optional.of(renamed), store.findGroup(first.id()));
        assertThrows(Conflict.class, () -> store.updateGroup(second.changed(
                new StarterFileGroupChanges(Optional.of("Lab"), Optional.empty(), Optional.empty())), NOW));
        store.deleteGroup(second.id());
        assertEquals(Optional.empty(), store.findGroup(second.id()));
        assertThrows(NotFound.class, () -> store.updateGroup(second, NOW));
    }

    @Test
    void entriesAreFilesAndFoldersMadeWithTheirParentsAndRemoved() {
        StarterFileStore store = store();
        long group = store.createGroup(assignment(), NOW).id();
        store.putFolder(group, new SubmissionPath("src/lib"), NOW);
        store.putFile(group, new SubmissionPath("src/lib/a.py"), BLOB, NOW);
        store.putFile(group, new SubmissionPath("src/lib/a.py"), BLOB, NOW);
        store.putFile(group, new SubmissionPath("README"), BLOB, NOW);
        store.putFolder(group, new SubmissionPath("src_x"), NOW);
        assertEquals(List.of(new StarterEntry(new SubmissionPath("README"), Optional.of(BLOB)),
                        new StarterEntry(new SubmissionPath("src"), Optional.empty()),
                        new StarterEntry(new SubmissionPath("src/lib"), Optional.empty()),
                        new StarterEntry(new SubmissionPath("src/lib/a.py"), Optional.of(BLOB)),
                        new StarterEntry(new SubmissionPath("src_x"), Optional.empty())),
                store.entries(group));
        assertThrows(Conflict.class, () -> store.putFile(group, new SubmissionPath("src"), BLOB, NOW));
        assertThrows(Conflict.class, () -> store.putFolder(group, new SubmissionPath("README/x"), NOW));

        assertFalse(store.removeFile(group, new SubmissionPath("src")));
        assertTrue(store.removeFile(group, new SubmissionPath("README")));
        assertFalse(store.removeFile(group, new SubmissionPath("README")));
        store.removeFolder(group, new SubmissionPath("src"));
        store.removeFolder(group, new SubmissionPath("nothing"));
        assertEquals(List.of(new StarterEntry(new SubmissionPath("src_x"), Optional.empty())), store.entries(group));
    }
}
