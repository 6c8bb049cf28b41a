package org.courseport.domain.grading;

import org.courseport.domain.error.InvalidInput;

/**
 * Where a file sits inside a submission: a relative path of {@code /}-separated names. Nothing that
 * could climb out of the submission when unpacked is allowed: no {@code ..}, no absolute path, no
 * backslash, no drive letter, no control character.
 */
public record SubmissionPath(String value) implements Comparable<SubmissionPath> {
    private static final int MAX_LENGTH = 1024;

    public SubmissionPath {
        check(value);
    }

    /** The last name of the path, as a download's file name. */
    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    private static void check(String path) {
        if (path == null || path.isEmpty()) {
            throw refuse(path, "is required");
        }
        if (path.length() > MAX_LENGTH) {
            throw refuse(path, "must be at most " + MAX_LENGTH + " characters");
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            throw refuse(path, "must be relative to the submission, not absolute");
        }
        if (path.indexOf('\\') >= 0) {
            throw refuse(path, "must separate names with / only");
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                throw refuse(path, "must not hold control characters");
            }
        }
        for (String name : path.split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                throw refuse(path, "must not have empty, . or .. names");
            }
        }
    }

    private static InvalidInput refuse(String path, String message) {
        return InvalidInput.field("filename", message + (path == null ? "" : " ('" + path + "')"));
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
