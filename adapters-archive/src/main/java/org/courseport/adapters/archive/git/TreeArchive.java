package org.courseport.adapters.archive.git;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;
import org.courseport.domain.course.CommitId;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.source.SourcePath;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A commit's tree under a folder, written as the tar.gz an upload would be: regular files only, with
 * fixed metadata. A symbolic link or a submodule is refused by its path: neither is part of a course,
 * and a link could point anywhere.
 */
final class TreeArchive {

    private TreeArchive() {
    }

    static void write(Repository repository, ObjectId tree, SourcePath path, CommitId commit, OutputStream out)
            throws IOException {
        try (ObjectReader reader = repository.newObjectReader();
             TreeWalk walk = subtree(repository, reader, tree, path, commit)) {
            GzipParameters gzip = new GzipParameters();
            gzip.setCompressionLevel(Deflater.BEST_SPEED);
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out, gzip))) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                while (walk.next()) {
                    String name = walk.getPathString();
                    String shown = path.isRoot() ? name : path.folder() + "/" + name;
                    FileMode mode = walk.getFileMode(0);
                    if (mode == FileMode.SYMLINK) {
                        throw new Unprocessable("the repository holds a symbolic link at '" + shown + "' (commit "
                                + commit + "): links are not imported; commit the file itself");
                    }
                    if (mode == FileMode.GITLINK) {
                        throw new Unprocessable("the repository holds a submodule at '" + shown + "' (commit "
                                + commit + "): submodules are not imported; commit the files themselves");
                    }
                    ObjectId blob = walk.getObjectId(0);
                    TarArchiveEntry entry = new TarArchiveEntry(name);
                    entry.setMode(0100644);
                    entry.setModTime(0);
                    entry.setSize(reader.getObjectSize(blob, org.eclipse.jgit.lib.Constants.OBJ_BLOB));
                    tar.putArchiveEntry(entry);
                    reader.open(blob).copyTo(tar);
                    tar.closeArchiveEntry();
                }
            }
        }
    }

    /** A walk of every file under {@code path}, with paths relative to it. */
    private static TreeWalk subtree(Repository repository, ObjectReader reader, ObjectId tree, SourcePath path,
                                    CommitId commit) throws IOException {
        ObjectId start = tree;
        if (!path.isRoot()) {
            try (TreeWalk find = TreeWalk.forPath(reader, path.folder(), tree)) {
                if (find == null || find.getFileMode(0) != FileMode.TREE) {
                    throw new Unprocessable("the repository has no folder '" + path + "' at commit " + commit);
                }
                start = find.getObjectId(0);
            }
        }
        TreeWalk walk = new TreeWalk(repository, reader);
        walk.addTree(start);
        walk.setRecursive(true);
        return walk;
    }
}
