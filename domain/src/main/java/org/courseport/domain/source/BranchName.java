package org.courseport.domain.source;

import java.util.regex.Pattern;
import org.courseport.domain.error.InvalidInput;

/** A branch of a repository, as git allows its names (a subset: no control characters, no {@code ..}). */
public record BranchName(String name) {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._/+-]{1,200}");
    public static final BranchName MAIN = new BranchName("main");

    public BranchName {
        if (name == null || !ALLOWED.matcher(name).matches() || name.contains("..") || name.startsWith("/")
                || name.endsWith("/") || name.endsWith(".lock") || name.startsWith("-") || name.contains("//")) {
            throw InvalidInput.field("branch", "is a branch name (letters, digits, . _ / + -), not '" + name + "'");
        }
    }

    /** The full ref a push names, {@code refs/heads/<name>}. */
    public String ref() {
        return "refs/heads/" + name;
    }

    @Override
    public String toString() {
        return name;
    }
}
