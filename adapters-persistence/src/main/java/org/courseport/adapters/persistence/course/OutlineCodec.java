package org.courseport.adapters.persistence.course;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.courseport.domain.course.CourseDraft;
import org.courseport.domain.course.CourseNode;
import org.courseport.domain.course.CourseTree;

/**
 * A course outline as text, one node a line in depth-first order: {@code depth TAB kind TAB url_name
 * TAB display_name}, where a display name is prefixed with {@code =} and absent when null. The course
 * is the first node at depth 0; each later node at depth 0 begins a draft, its line carrying a fifth
 * field, the draft's parent written the same way as a display name. Outlines stored before drafts were
 * read have a single root and read as they did. Plain text keeps the column in the SQL both databases share.
 */
final class OutlineCodec {

    private OutlineCodec() {
    }

    static String encode(CourseTree tree) {
        StringBuilder text = new StringBuilder();
        encode(tree.root(), 0, null, text);
        tree.drafts().forEach(draft -> encode(draft.node(), 0, written(draft.parent()), text));
        return text.toString();
    }

    private static void encode(CourseNode node, int depth, String draftParent, StringBuilder text) {
        text.append(depth).append('\t').append(escape(node.kind())).append('\t').append(escape(node.urlName()))
                .append('\t').append(written(node.displayName()));
        if (draftParent != null) {
            text.append('\t').append(draftParent);
        }
        text.append('\n');
        node.children().forEach(child -> encode(child, depth + 1, null, text));
    }

    private static String written(String value) {
        return value == null ? "" : "=" + escape(value);
    }

    static CourseTree decode(String text) {
        Deque<Building> open = new ArrayDeque<>();
        List<Building> roots = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            int depth = Integer.parseInt(fields[0]);
            Building node = new Building(unescape(fields[1]), unescape(fields[2]), read(fields[3]),
                    fields.length > 4 ? read(fields[4]) : null);
            while (open.size() > depth) {
                open.pop();
            }
            if (open.isEmpty()) {
                roots.add(node);
            } else {
                open.peek().children.add(node);
            }
            open.push(node);
        }
        if (roots.isEmpty()) {
            throw new IllegalStateException("an empty outline");
        }
        return new CourseTree(roots.get(0).build(), roots.subList(1, roots.size()).stream()
                .map(draft -> new CourseDraft(draft.build(), draft.draftParent)).toList());
    }

    private static String read(String field) {
        return field.isEmpty() ? null : unescape(field.substring(1));
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
        final String draftParent;
        final List<Building> children = new ArrayList<>();

        Building(String kind, String urlName, String displayName, String draftParent) {
            this.kind = kind;
            this.urlName = urlName;
            this.displayName = displayName;
            this.draftParent = draftParent;
        }

        CourseNode build() {
            return new CourseNode(kind, urlName, displayName, children.stream().map(Building::build).toList());
        }
    }
}
