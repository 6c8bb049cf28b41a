package org.courseport.application.grading;

import java.time.Clock;
import java.util.List;
import org.courseport.domain.blob.FileBundleWriter;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.TestSpecStore;
import org.courseport.domain.grading.TestSpecs;
import org.courseport.domain.roster.CourseAccess;
import org.courseport.domain.roster.CourseAction;

/** Test settings kept as given; the caller has entered the assignment's course already. */
public final class TestSpecService implements ManageTestSpecs {
    private final TestSpecStore store;
    private final FileBundleWriter bundles;
    private final Clock clock;

    public TestSpecService(TestSpecStore store, FileBundleWriter bundles, Clock clock) {
        this.store = store;
        this.bundles = bundles;
        this.clock = clock;
    }

    @Override
    public TestSpecs specs(CourseAccess access, AssignmentId assignment) {
        access.require(CourseAction.MANAGE);
        return store.find(assignment).orElse(TestSpecs.NONE);
    }

    @Override
    public void replaceSpecs(CourseAccess access, AssignmentId assignment, TestSpecs specs) {
        access.require(CourseAction.MANAGE);
        store.put(assignment, specs, clock.instant());
    }

    @Override
    public ArchiveDownload testFiles(CourseAccess access, AssignmentId assignment) {
        access.require(CourseAction.MANAGE);
        return new ArchiveDownload("test-files-" + assignment.value() + ".zip", bundles.mediaType(),
                out -> bundles.write(List.of(), out));
    }
}
