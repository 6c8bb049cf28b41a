package org.courseport.domain.grading;

import java.nio.charset.StandardCharsets;
import org.courseport.domain.error.InvalidInput;

/**
 * The one rule for names that become files and folders when a submission is unpacked or checked out:
 * submission paths, test result file names and an assignment's repository folder. A path is relative,
 * {@code /}-separated, and each of its names is one that common file systems keep as written: not
 * empty, {@code .} or {@code ..}; at most 255 bytes in UTF-8 (the name limit of ext4, APFS, NTFS and
 * tar); without control characters, backslashes or bidirectional controls (which make a name read
 * differently from what it is); and without spaces at either end, which some systems drop silently.
 */
final class PathRule {
    private static final int MAX_NAME_BYTES = 255;

    private PathRule() {
    }

    /** The path unchanged if it follows the rule, else an {@link InvalidInput} on {@code field} saying why. */
    static String check(String field, String path, int maxLength) {
        String rule = problem(path, maxLength);
        if (rule != null) {
            throw InvalidInput.field(field, rule + (isEchoable(path) ? " ('" + path + "')" : ""));
        }
        return path;
    }

    /** Invisible characters are not echoed back: a message should read as what it is. */
    private static boolean isEchoable(String path) {
        return path != null && !path.isEmpty()
                && path.chars().noneMatch(c -> Character.isISOControl(c) || isBidiControl(c));
    }

    private static String problem(String path, int maxLength) {
        if (path == null || path.isEmpty()) {
            return "is required";
        }
        if (path.length() > maxLength) {
            return "must be at most " + maxLength + " characters";
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return "must be relative, not absolute";
        }
        if (path.indexOf('\\') >= 0) {
            return "must separate names with / only";
        }
        if (path.chars().anyMatch(Character::isISOControl)) {
            return "must not hold control characters";
        }
        if (path.chars().anyMatch(PathRule::isBidiControl)) {
            return "must not hold bidirectional control characters (U+061C, U+200E, U+200F, U+202A to U+202E,"
                    + " U+2066 to U+2069)";
        }
        for (String name : path.split("/", -1)) {
            String rule = nameProblem(name);
            if (rule != null) {
                return rule;
            }
        }
        return null;
    }

    private static String nameProblem(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "must not have empty, . or .. names";
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return "must have names of at most " + MAX_NAME_BYTES + " bytes in UTF-8";
        }
        if (isSpace(name.codePointAt(0)) || isSpace(name.codePointBefore(name.length()))) {
            return "must not have names that begin or end with a space";
        }
        return null;
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
