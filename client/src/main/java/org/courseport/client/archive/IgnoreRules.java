package org.courseport.client.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of a {@code .courseportignore}, read as a {@code .gitignore} is (one file, at the course's
 * root): one glob a line, {@code #} comments; {@code *} and {@code ?} stay within a name, {@code **}
 * crosses folders; a pattern holding a {@code /} is relative to the root, one without matches a name at
 * any depth; a trailing {@code /} matches folders only; {@code !} takes a path back in; the last
 * matching line decides. A folder left out takes everything under it along.
 */
public final class IgnoreRules {
    private record Rule(Pattern pattern, boolean folderOnly, boolean negated) {
    }

    private final List<Rule> rules;

    private IgnoreRules(List<Rule> rules) {
        this.rules = rules;
    }

    public static IgnoreRules none() {
        return new IgnoreRules(List.of());
    }

    public static IgnoreRules parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.stripTrailing();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = line.startsWith("!");
            if (negated || line.startsWith("\\")) {
                line = line.substring(1);
            }
            boolean folderOnly = line.endsWith("/");
            if (folderOnly) {
                line = line.substring(0, line.length() - 1);
            }
            boolean anchored = line.contains("/");
            if (line.startsWith("/")) {
                line = line.substring(1);
            }
            if (!line.isEmpty()) {
                rules.add(new Rule(Pattern.compile((anchored ? "" : "(?:.*/)?") + regex(line)), folderOnly, negated));
            }
        }
        return new IgnoreRules(rules);
    }

    /** Whether the path ('/'-separated, relative to the root) is left out, its folders not considered. */
    public boolean ignores(String path, boolean folder) {
        boolean ignored = false;
        for (Rule rule : rules) {
            if ((folder || !rule.folderOnly()) && rule.pattern().matcher(path).matches()) {
                ignored = !rule.negated();
            }
        }
        return ignored;
    }

    private static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '[' && glob.indexOf(']', i + 1) > i + 1) {
                int end = glob.indexOf(']', i + 1);
                String set = glob.substring(i + 1, end);
                regex.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
                i = end;
            } else if (c == '\\' && i + 1 < glob.length()) {
                regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
