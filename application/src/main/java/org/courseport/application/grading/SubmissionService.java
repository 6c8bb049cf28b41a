package org.courseport.application.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.BundledFile;
import org.courseport.domain.blob.FileBundleWriter;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.Submission;
import org.courseport.domain.grading.SubmissionFile;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.grading.SubmissionStore;

/** Submission files: uploaded one at a time, collected, downloaded whole or one by one. */
public final class SubmissionService implements UploadSubmissionFile, CollectSubmission, DownloadSubmission,
        DownloadSubmissionFile, ReadGroupFiles, EditWorkingFiles {
    /** The empty file that keeps a folder, as MarkUs keeps one in its repositories. */
    private static final String FOLDER_KEEPER = ".gitkeep";

    private final SubmissionStore submissions;
    private final BlobStore blobs;
    private final FileBundleWriter bundles;
    private final GradingLookups lookups;
    private final Clock clock;

    public SubmissionService(SubmissionStore submissions, BlobStore blobs, FileBundleWriter bundles,
                             GradingLookups lookups, Clock clock) {
        this.submissions = submissions;
        this.blobs = blobs;
        this.bundles = bundles;
        this.lookups = lookups;
        this.clock = clock;
    }

    @Override
    public SubmissionFile upload(Caller caller, UploadSubmissionFileCommand command) {
        caller.require(Permission.GRADE);
        Group target = lookups.group(command.assignment(), command.group());
        SubmissionPath path = command.path();
        try {
            SubmissionFile file = new SubmissionFile(path, blobs.put(command.content()));
            submissions.putWorkingFile(target.id(), file, clock.instant());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the uploaded file " + path, e);
        }
    }

    @Override
    public Submission collect(Caller caller, AssignmentId assignment, GroupId group) {
        caller.require(Permission.GRADE);
        return submissions.collect(lookups.group(assignment, group).id(), clock.instant());
    }

    @Override
    public ArchiveDownload download(Caller caller, AssignmentId assignment, GroupId group) {
        caller.require(Permission.GRADE);
        Assignment owner = lookups.assignment(assignment);
        Group target = lookups.group(assignment, group);
        Submission submission = lookups.submission(target);
        String folder = owner.shortIdentifier() + "-" + target.name();
        List<BundledFile> files = submission.files().stream()
                .map(file -> new BundledFile(folder + "/" + file.path(), file.blob().id())).toList();
        return new ArchiveDownload(folder + ".zip", bundles.mediaType(), out -> bundles.write(files, out));
    }

    @Override
    public FileDownload download(Caller caller, AssignmentId assignment, GroupId group, SubmissionPath path) {
        caller.require(Permission.GRADE);
        Group target = lookups.group(assignment, group);
        SubmissionFile file = lookups.submission(target).file(path).orElseThrow(() ->
                new NotFound("the submission of group " + target.name() + " has no file " + path));
        return open(file);
    }

    @Override
    public ArchiveDownload archive(Caller caller, AssignmentId assignment, GroupId group, boolean collected) {
        caller.require(Permission.GRADE);
        Group target = lookups.group(assignment, group);
        List<BundledFile> files = files(target, collected).stream()
                .map(file -> new BundledFile(file.path().value(), file.blob().id())).toList();
        return new ArchiveDownload(target.name() + ".zip", bundles.mediaType(), out -> bundles.write(files, out));
    }

    @Override
    public FileDownload file(Caller caller, AssignmentId assignment, GroupId group, SubmissionPath path, boolean collected) {
        caller.require(Permission.GRADE);
        Group target = lookups.group(assignment, group);
        return open(files(target, collected).stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow(() ->
                new Unprocessable("group " + target.name() + " has no file " + path)));
    }

    @Override
    public void createFolder(Caller caller, AssignmentId assignment, GroupId group, SubmissionPath folder) {
        caller.require(Permission.GRADE);
        Group target = lookups.group(assignment, group);
        SubmissionPath keeper = new SubmissionPath(folder.value() + "/" + FOLDER_KEEPER);
        if (submissions.workingFiles(target.id()).stream().anyMatch(f -> f.path().equals(keeper))) {
            throw new Conflict("group " + target.name() + " already has a folder " + folder);
        }
        upload(caller, new UploadSubmissionFileCommand(assignment, group, keeper, InputStream.nullInputStream()));
    }

    @Override
    public void removeFile(Caller caller, AssignmentId assignment, GroupId group, SubmissionPath path) {
        caller.require(Permission.GRADE);
        Group target = lookups.group(assignment, group);
        if (!submissions.removeWorkingFile(target.id(), path)) {
            throw new NotFound("group " + target.name() + " has no file " + path);
        }
    }

    @Override
    public void removeFolder(Caller caller, AssignmentId assignment, GroupId group, SubmissionPath folder) {
        caller.require(Permission.GRADE);
        Group target = lookups.group(assignment, group);
        if (submissions.removeWorkingFolder(target.id(), folder) == 0) {
            throw new NotFound("group " + target.name() + " has no folder " + folder);
        }
    }

    private List<SubmissionFile> files(Group group, boolean collected) {
        if (!collected) {
            return submissions.workingFiles(group.id());
        }
        return submissions.find(group.id()).orElseThrow(() ->
                new NotFound("No submission exists for group " + group.name())).files();
    }

    private FileDownload open(SubmissionFile file) {
        SubmissionPath path = file.path();
        try {
            InputStream content = blobs.open(file.blob().id()).orElseThrow(() -> new IllegalStateException(
                    "blob " + file.blob().id().sha256() + " of " + path + " is missing from the blob store"));
            return new FileDownload(path, file.blob().size(), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + path, e);
        }
    }
}
