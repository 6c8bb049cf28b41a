package org.courseport.application.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.courseport.application.grading.ArchiveDownload;
import org.courseport.application.roster.EnterCourse;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.BundledFile;
import org.courseport.domain.blob.FileBundleWriter;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.roster.CourseAction;
import org.courseport.domain.starter.StarterEntry;
import org.courseport.domain.starter.StarterFileGroup;
import org.courseport.domain.starter.StarterFileGroupChanges;
import org.courseport.domain.starter.StarterFileStore;

/** Starter file groups: each call enters the course of the group's assignment first. */
public final class StarterFileService implements ManageStarterFiles {
    private final StarterFileStore store;
    private final BlobStore blobs;
    private final FileBundleWriter bundles;
    private final EnterCourse gate;
    private final Clock clock;

    public StarterFileService(StarterFileStore store, BlobStore blobs, FileBundleWriter bundles, EnterCourse gate,
                              Clock clock) {
        this.store = store;
        this.blobs = blobs;
        this.bundles = bundles;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public List<StarterFileGroup> groups(Caller caller, CourseId course, AssignmentId assignment) {
        gate.enter(caller, course, assignment, CourseAction.READ);
        return store.groups(assignment);
    }

    @Override
    public StarterFileGroup create(Caller caller, CourseId course, AssignmentId assignment) {
        gate.enter(caller, course, assignment, CourseAction.MANAGE);
        return store.createGroup(assignment, clock.instant());
    }

    @Override
    public StarterFileGroup group(Caller caller, StarterGroupRef group) {
        return enter(caller, group, CourseAction.READ);
    }

    @Override
    public StarterFileGroup update(Caller caller, StarterGroupRef group, StarterFileGroupChanges changes) {
        return store.updateGroup(enter(caller, group, CourseAction.MANAGE).changed(changes), clock.instant());
    }

    @Override
    public void delete(Caller caller, StarterGroupRef group) {
        store.deleteGroup(enter(caller, group, CourseAction.MANAGE).id());
    }

    @Override
    public List<StarterEntry> entries(Caller caller, StarterGroupRef group) {
        return store.entries(enter(caller, group, CourseAction.READ).id());
    }

    @Override
    public void createFile(Caller caller, StarterGroupRef group, SubmissionPath path, InputStream content) {
        long id = enter(caller, group, CourseAction.MANAGE).id();
        List<SubmissionPath> folders = store.entries(id).stream().filter(StarterEntry::isFolder).map(StarterEntry::path)
                .toList();
        path.folders().stream().filter(folder -> !folders.contains(new SubmissionPath(folder))).findFirst()
                .ifPresent(missing -> {
                    throw new Unprocessable("the starter file group has no folder " + missing + "; create it first");
                });
        try (content) {
            store.putFile(id, path, blobs.put(content), clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the starter file " + path, e);
        }
    }

    @Override
    public void createFolder(Caller caller, StarterGroupRef group, SubmissionPath path) {
        store.putFolder(enter(caller, group, CourseAction.MANAGE).id(), path, clock.instant());
    }

    @Override
    public void removeFile(Caller caller, StarterGroupRef group, SubmissionPath path) {
        if (!store.removeFile(enter(caller, group, CourseAction.MANAGE).id(), path)) {
            throw new NotFound("the starter file group has no file " + path);
        }
    }

    @Override
    public void removeFolder(Caller caller, StarterGroupRef group, SubmissionPath path) {
        store.removeFolder(enter(caller, group, CourseAction.MANAGE).id(), path);
    }

    @Override
    public ArchiveDownload download(Caller caller, StarterGroupRef group) {
        StarterFileGroup found = enter(caller, group, CourseAction.READ);
        List<BundledFile> files = store.entries(found.id()).stream().filter(entry -> !entry.isFolder())
                .map(entry -> new BundledFile(entry.path().value(), entry.blob().orElseThrow().id())).toList();
        return new ArchiveDownload("starter-files-" + found.id() + ".zip", bundles.mediaType(),
                out -> bundles.write(files, out));
    }

    /** The group, once the caller may do {@code action} in the course its assignment belongs to. */
    private StarterFileGroup enter(Caller caller, StarterGroupRef ref, CourseAction action) {
        StarterFileGroup group = store.findGroup(ref.group()).orElseThrow(() ->
                new NotFound("no starter file group has id " + ref.group()));
        gate.enter(caller, ref.course(), group.assignment(), action);
        return group;
    }
}
