package org.courseport.domain.course;

import org.courseport.domain.error.Unprocessable;

/** A file's path inside a course: relative, '/'-separated, and never leaving the course. */
public final class CoursePath {
    public static final int MAX_LENGTH = 1024;

    private CoursePath() {
    }

    /** The path unchanged if it is safe, else an {@link Unprocessable} naming it and the rule. */
    public static String check(String path) {
        String rule = problem(path);
        if (rule != null) {
            throw new Unprocessable("archive entry '" + path + "' refused: " + rule);
        }
        return path;
    }

    /** What is wrong with the path, or null if nothing is. */
    public static String problem(String path) {
        if (path == null || path.isEmpty()) {
            return "empty path";
        }
        if (path.length() > MAX_LENGTH) {
            return "path longer than " + MAX_LENGTH + " characters";
        }
        if (path.startsWith("/") || path.startsWith("\\") || (path.length() > 1 && path.charAt(1) == ':')) {
            return "absolute path";
        }
        if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return "path holds a NUL or backslash";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                return "path traversal ('..')";
            }
            if (segment.isEmpty() || segment.equals(".")) {
                return "empty or '.' path segment";
            }
        }
        return null;
    }
}
