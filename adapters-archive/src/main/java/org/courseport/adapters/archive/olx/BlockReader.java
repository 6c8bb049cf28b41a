package org.courseport.adapters.archive.olx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.courseport.domain.course.CourseNode;
import org.courseport.domain.error.Unprocessable;

/**
 * Builds blocks as edX's XML import does ({@code ImportSystem.process_xml}, {@code XmlMixin.parse_xml}):
 * a pointer ({@code <chapter url_name="x"/>}: no other attribute, no children, no text) is read from
 * {@code chapter/x.xml}; anything else is defined where it stands. A container's children are blocks of
 * any kind; policy settings go over the XML attributes. What cannot be resolved is kept as a bare node
 * with a warning naming it, never a failed import.
 */
final class BlockReader {
    static final String DRAFTS = "drafts/";
    private static final int MAX_NODES = 200_000;
    /** edX's {@code need_uniq_names}: kinds holding learner state, whose url_name must be unique even when reused. */
    private static final Set<String> STATEFUL = Set.of("problem", "sequential", "video", "course", "chapter",
            "poll_question", "vertical");
    /** What {@code BlockUsageLocator.clean} replaces with '_' when a name stands in for a missing url_name. */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[^\\w.%-]", Pattern.UNICODE_CHARACTER_CLASS);

    private final OlxFiles files;
    private final CoursePolicy policy;
    private final List<String> warnings;
    private final Map<String, Definition> definitions = new HashMap<>();
    private final Set<String> reading = new HashSet<>();
    private long nodes;

    BlockReader(OlxFiles files, CoursePolicy policy, List<String> warnings) {
        this.files = files;
        this.policy = policy;
        this.warnings = warnings;
    }

    /** The course from its definition, read strictly by the caller: a course that cannot be read is no course. */
    CourseNode course(String run, XmlElement definition, String file) {
        count();
        return node("course", run, definition, "", file);
    }

    /** A draft's root, named by its file as edX's draft import names it; its pointers resolve under {@code drafts/}. */
    CourseNode draft(String urlName, XmlElement root, String file) {
        count();
        return node(root.name(), urlName, root, DRAFTS, file);
    }

    /**
     * The block an element stands for, with its subtree. {@code folder} is where pointers resolve ("" for
     * the course, "drafts/" for drafts); {@code where} names the file the element stands in, for warnings.
     */
    private CourseNode block(XmlElement element, String folder, String where) {
        count();
        String kind = element.name();
        String urlName = urlName(element);
        if (!BlockKinds.isKnown(kind)) {
            warnings.add("unknown component kind '" + kind + "' (url_name '" + urlName + "') in " + where + "; kept as it is");
        }
        if (!isPointer(element)) {
            return node(kind, urlName, element, folder, where);
        }
        String file = folder + kind + "/" + urlName.replace(':', '/') + ".xml";
        XmlElement definition = definition(file, kind + " '" + urlName + "' in " + where);
        if (definition == null) {
            return new CourseNode(kind, urlName, policy.over(kind, urlName, Map.of()).get("display_name"), List.of());
        }
        reading.add(file);
        try {
            return node(kind, urlName, definition, folder, file);
        } finally {
            reading.remove(file);
        }
    }

    private CourseNode node(String kind, String urlName, XmlElement element, String folder, String where) {
        XmlElement definition = withFilename(element, kind, folder, kind + " '" + urlName + "' in " + where);
        noteDefinition(kind, urlName, definition, where);
        List<CourseNode> children = new ArrayList<>();
        if (BlockKinds.isContainer(kind)) {
            for (XmlElement child : definition.children()) {
                if (BlockKinds.isBlock(kind, child.name())) {
                    children.add(block(child, folder, where));
                }
            }
        }
        return new CourseNode(kind, urlName, policy.over(kind, urlName, definition.attributes()).get("display_name"), children);
    }

    private void count() {
        if (++nodes > MAX_NODES) {
            throw new Unprocessable("the course outline has more than " + MAX_NODES + " nodes");
        }
    }

    /** A pointed-to file's root, or null (with a warning) when it is missing, unreadable or already being read. */
    private XmlElement definition(String file, String label) {
        if (!files.has(file)) {
            warnings.add(label + " points to " + file + ", which the archive lacks; kept without its content");
            return null;
        }
        if (reading.contains(file)) {
            warnings.add(label + " points to " + file + ", which contains it; kept without its content");
            return null;
        }
        try {
            return files.xml(file);
        } catch (NotWellFormed e) {
            warnings.add(label + " points to a file that cannot be read: " + e.getMessage() + "; kept without its content");
            return null;
        }
    }

    /**
     * edX's older form {@code <problem filename="p" .../>}: the definition is read from {@code problem/p.xml}
     * and the element's own attributes go over the file's ({@code XmlMixin.load_definition}). An html
     * block's filename names its HTML text, which holds no blocks.
     */
    private XmlElement withFilename(XmlElement definition, String kind, String folder, String label) {
        String filename = definition.attribute("filename");
        if (filename == null || kind.equals("html")) {
            return definition;
        }
        XmlElement file = definition(folder + kind + "/" + filename + ".xml", label);
        if (file == null) {
            return definition;
        }
        Map<String, String> attributes = new LinkedHashMap<>(file.attributes());
        attributes.putAll(definition.attributes());
        return new XmlElement(kind, attributes, file.children(), file.hasText());
    }

    /**
     * A url_name used twice for one kind. edX complains of every reuse for kinds that hold learner state
     * ({@code make_name_unique}), and of the others only when the definitions differ ("has more than one
     * definition"); either way the import goes on, and so does ours.
     */
    private void noteDefinition(String kind, String urlName, XmlElement definition, String where) {
        if (urlName.isEmpty()) {
            return;
        }
        Definition earlier = definitions.putIfAbsent(kind + "/" + urlName, new Definition(definition, where));
        if (earlier != null && (STATEFUL.contains(kind) || !earlier.element.equals(definition))) {
            warnings.add("duplicate url_name '" + urlName + "' of kind " + kind + " in " + where
                    + " (first in " + earlier.where + "); both kept");
        }
    }

    /** edX's pointer test ({@code is_pointer_tag}); a course root may also carry its org and course. */
    static boolean isPointer(XmlElement element) {
        Set<String> expected = element.name().equals("course") ? Set.of("url_name", "org", "course") : Set.of("url_name");
        return element.children().isEmpty() && !element.hasText() && element.attributes().keySet().equals(expected);
    }

    /**
     * The block's url_name as edX finds it: {@code url_name}, else {@code slug}, else {@code name} or
     * {@code display_name} made into a name. Without any, edX hashes the XML text, which is not kept
     * here: the node's url_name is then empty.
     */
    static String urlName(XmlElement element) {
        for (String attribute : List.of("url_name", "slug")) {
            if (element.attribute(attribute) != null) {
                return element.attribute(attribute);
            }
        }
        for (String attribute : List.of("name", "display_name")) {
            if (element.attribute(attribute) != null) {
                return NOT_IN_NAME.matcher(element.attribute(attribute)).replaceAll("_").replaceAll("_+", "_");
            }
        }
        return "";
    }

    private record Definition(XmlElement element, String where) {
    }
}
