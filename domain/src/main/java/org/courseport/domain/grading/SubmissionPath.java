package org.courseport.domain.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.courseport.domain.error.Conflict;

/**
 * Where a file sits inside a submission: a relative path of {@code /}-separated names that follows
 * the {@link PathRule}, so nothing can climb out of the submission or change its name when unpacked.
 */
public record SubmissionPath(String value) implements Comparable<SubmissionPath> {
    private static final int MAX_LENGTH = 1024;

    public SubmissionPath {
        PathRule.check("filename", value, MAX_LENGTH);
    }

    /** The last name of the path, as a download's file name. */
    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    /** The folders the file sits in, outermost first: {@code a}, {@code a/b} for {@code a/b/c}. */
    public List<String> folders() {
        List<String> folders = new ArrayList<>();
        for (int slash = value.indexOf('/'); slash >= 0; slash = value.indexOf('/', slash + 1)) {
            folders.add(value.substring(0, slash));
        }
        return folders;
    }

    /**
     * Whether the two files could not both be unpacked: one would have to be a file and a folder at
     * once ({@code a} and {@code a/b}), or they differ in letter case only, which macOS and Windows
     * unpack into one file. The same path is no clash: it replaces the file.
     */
    public boolean clashesWith(SubmissionPath other) {
        String mine = value.toLowerCase(Locale.ROOT);
        String theirs = other.value.toLowerCase(Locale.ROOT);
        return !value.equals(other.value)
                && (mine.equals(theirs) || mine.startsWith(theirs + "/") || theirs.startsWith(mine + "/"));
    }

    /** The refusal of this path because {@code existing} is already in the submission. */
    public Conflict conflictWith(SubmissionPath existing) {
        return new Conflict("the submission already has '" + existing + "', which could not be unpacked together with '"
                + this + "' (a file cannot also be a folder, and names differing in letter case only are one file"
                + " on many systems)");
    }

    @Override
    public int compareTo(SubmissionPath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
