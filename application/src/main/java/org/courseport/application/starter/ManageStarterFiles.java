package org.courseport.application.starter;

import java.io.InputStream;
import java.util.List;
import org.courseport.application.grading.ArchiveDownload;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.starter.StarterEntry;
import org.courseport.domain.starter.StarterFileGroup;
import org.courseport.domain.starter.StarterFileGroupChanges;

/**
 * An assignment's starter file groups and their files and folders, as MarkUs's current API keeps them.
 * Graders of the course read them; its instructors (and admins) change them.
 */
public interface ManageStarterFiles {
    List<StarterFileGroup> groups(Caller caller, CourseId course, AssignmentId assignment);

    StarterFileGroup create(Caller caller, CourseId course, AssignmentId assignment);

    StarterFileGroup group(Caller caller, StarterGroupRef group);

    StarterFileGroup update(Caller caller, StarterGroupRef group, StarterFileGroupChanges changes);

    void delete(Caller caller, StarterGroupRef group);

    List<StarterEntry> entries(Caller caller, StarterGroupRef group);

    /** Puts a file; its folder must exist (422 otherwise, where MarkUs fails with 500). */
    void createFile(Caller caller, StarterGroupRef group, SubmissionPath path, InputStream content);

    /** Makes the folder and its missing parents. */
    void createFolder(Caller caller, StarterGroupRef group, SubmissionPath path);

    /** Removes a file; a missing one is a 404. */
    void removeFile(Caller caller, StarterGroupRef group, SubmissionPath path);

    /** Removes a folder and everything in it; a missing one is fine. */
    void removeFolder(Caller caller, StarterGroupRef group, SubmissionPath path);

    /** The group's files as a zip, paths relative to the group. */
    ArchiveDownload download(Caller caller, StarterGroupRef group);
}
