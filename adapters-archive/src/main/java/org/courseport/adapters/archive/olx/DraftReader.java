package org.courseport.adapters.archive.olx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.courseport.domain.course.CourseDraft;
import org.courseport.domain.course.CourseNode;

/**
 * The drafts edX exports under {@code drafts/}, read as its {@code _import_course_draft} does: every file
 * whose root carries {@code index_in_children_list} is a draft named by its file, with its parent in
 * {@code parent_url} (or the older {@code parent_sequential_url}); files without it are read through a
 * draft that points to them. A draft whose parent is another draft is part of that one's subtree, not a
 * draft of its own. Drafts come in the order of their index, as edX inserts them.
 */
final class DraftReader {
    /** {@code i4x://org/course/kind/name} or {@code block-v1:org+course+run+type@kind+block@name}. */
    private static final Pattern I4X = Pattern.compile("^i4x://[^/]+/[^/]+/([^/]+)/([^/@]+)");
    private static final Pattern BLOCK_V1 = Pattern.compile("\\+type@([^+]+)\\+block@([^+@]+)");

    private final OlxFiles files;
    private final BlockReader blocks;
    private final List<String> warnings;

    DraftReader(OlxFiles files, BlockReader blocks, List<String> warnings) {
        this.files = files;
        this.blocks = blocks;
        this.warnings = warnings;
    }

    List<CourseDraft> drafts() {
        List<Found> found = new ArrayList<>();
        for (String path : files.under(BlockReader.DRAFTS)) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.startsWith("._") || !name.endsWith(".xml")) {
                continue; // macOS resource forks, and the HTML text html drafts point to
            }
            XmlElement root;
            try {
                root = files.xml(path);
            } catch (NotWellFormed e) {
                warnings.add("draft " + path + " cannot be read: " + e.getMessage() + "; left out");
                continue;
            }
            String index = root.attribute("index_in_children_list");
            if (index == null) {
                continue;
            }
            if (!index.strip().matches("\\d{1,9}")) {
                warnings.add("draft " + path + " has index_in_children_list '" + index + "', not a number; left out");
                continue;
            }
            String urlName = name.substring(0, name.length() - ".xml".length());
            String parent = root.attribute("parent_url") != null ? root.attribute("parent_url") : root.attribute("parent_sequential_url");
            found.add(new Found(Integer.parseInt(index.strip()), parent == null ? null : block(parent),
                    blocks.draft(urlName, root, path)));
        }
        Set<String> drafted = found.stream().map(f -> f.node.kind() + "/" + f.node.urlName()).collect(Collectors.toSet());
        return found.stream()
                .filter(f -> f.parent == null || !drafted.contains(f.parent))
                .sorted(Comparator.comparingInt(Found::index))
                .map(f -> new CourseDraft(f.node, f.parent))
                .toList();
    }

    /** The parent's {@code kind/url_name}, as policy keys name blocks; a location in no form edX writes is kept as written. */
    static String block(String location) {
        for (Pattern form : List.of(I4X, BLOCK_V1)) {
            Matcher matcher = form.matcher(location);
            if (matcher.find()) {
                return matcher.group(1) + "/" + matcher.group(2);
            }
        }
        return location;
    }

    private record Found(int index, String parent, CourseNode node) {
    }
}
