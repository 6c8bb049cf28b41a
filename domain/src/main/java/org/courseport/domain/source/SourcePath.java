package org.courseport.domain.source;

import org.courseport.domain.course.CoursePath;
import org.courseport.domain.error.InvalidInput;

/** The folder of a repository that holds {@code course.xml}; empty for its root. */
public record SourcePath(String folder) {
    public static final SourcePath ROOT = new SourcePath("");

    public SourcePath {
        if (folder == null || (!folder.isEmpty() && CoursePath.problem(folder) != null)) {
            throw InvalidInput.field("path", "is a folder of the repository, relative, without '..': "
                    + (folder == null ? "" : CoursePath.problem(folder)));
        }
    }

    /** Leading and trailing slashes and {@code .} mean the root, as people write it. */
    public static SourcePath parse(String text) {
        String folder = text == null ? "" : text.strip();
        while (folder.startsWith("/")) {
            folder = folder.substring(1);
        }
        while (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        return new SourcePath(folder.equals(".") ? "" : folder);
    }

    public boolean isRoot() {
        return folder.isEmpty();
    }

    @Override
    public String toString() {
        return folder;
    }
}
