package org.courseport.adapters.persistence.course;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.courseport.domain.course.CourseNode;

/**
 * A course outline as text, one node a line in depth-first order: {@code depth TAB kind TAB url_name
 * TAB display_name}, where a display name is prefixed with {@code =} and absent when null. Plain text
 * keeps the column in the SQL both databases share.
 */
final class OutlineCodec {

    private OutlineCodec() {
    }

    static String encode(CourseNode root) {
        StringBuilder text = new StringBuilder();
        encode(root, 0, text);
        return text.toString();
    }

    private static void encode(CourseNode node, int depth, StringBuilder text) {
        text.append(depth).append('\t').append(escape(node.kind())).append('\t').append(escape(node.urlName()))
                .append('\t').append(node.displayName() == null ? "" : "=" + escape(node.displayName())).append('\n');
        node.children().forEach(child -> encode(child, depth + 1, text));
    }

    static CourseNode decode(String text) {
        Deque<Building> open = new ArrayDeque<>();
        Building root = null;
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            int depth = Integer.parseInt(fields[0]);
            Building node = new Building(unescape(fields[1]), unescape(fields[2]),
                    fields[3].isEmpty() ? null : unescape(fields[3].substring(1)));
            while (open.size() > depth) {
                open.pop();
            }
            if (open.isEmpty()) {
                root = node;
            } else {
                open.peek().children.add(node);
            }
            open.push(node);
        }
        if (root == null) {
            throw new IllegalStateException("an empty outline");
        }
        return root.build();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final class Building {
        final String kind;
        final String urlName;
        final String displayName;
        final List<Building> children = new ArrayList<>();

        Building(String kind, String urlName, String displayName) {
            this.kind = kind;
            this.urlName = urlName;
            this.displayName = displayName;
        }

        CourseNode build() {
            return new CourseNode(kind, urlName, displayName, children.stream().map(Building::build).toList());
        }
    }
}
