package org.courseport.adapters.archive.olx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.CourseNode;
import org.courseport.domain.course.CourseOutline;
import org.courseport.domain.course.CourseOutlineReader;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.ManifestEntry;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.Unprocessable;

/**
 * Reads edX's OLX: {@code course.xml} names the course and points at {@code course/<url_name>.xml};
 * chapters hold sequentials, sequentials verticals, verticals components. Each element is either
 * written inline or is a pointer ({@code <chapter url_name="x"/>}) to {@code chapter/x.xml}.
 */
public final class OlxCourseOutlineReader implements CourseOutlineReader {
    private static final Map<String, String> CHILD_KIND = Map.of(
            "course", "chapter", "chapter", "sequential", "sequential", "vertical");
    /** The component kinds of edX's own XBlocks and the common third-party ones. */
    private static final Set<String> COMPONENTS = Set.of("html", "problem", "video", "discussion",
            "library_content", "lti", "lti_consumer", "openassessment", "word_cloud", "poll", "survey",
            "drag-and-drop-v2", "annotatable", "conditional", "split_test", "randomize", "done",
            "google-document", "google-calendar", "pdf", "edx_sga", "problem-builder", "recommender",
            "staffgradedxblock", "imageannotation", "textannotation", "videoannotation", "library_sourced",
            "itembank", "customtag", "chat", "freetextresponse", "submit-and-compare", "scorm", "h5pxblock");
    private static final int MAX_ELEMENTS_PER_FILE = 100_000;
    private static final int MAX_NODES = 200_000;

    private final BlobStore blobs;
    private final SafeXml xml = new SafeXml(MAX_ELEMENTS_PER_FILE);

    public OlxCourseOutlineReader(BlobStore blobs) {
        this.blobs = blobs;
    }

    @Override
    public CourseOutline read(Manifest files) {
        return new Reading(files).outline();
    }

    private final class Reading {
        private final Manifest files;
        private final List<String> warnings = new ArrayList<>();
        private long nodes;

        Reading(Manifest files) {
            this.files = files;
        }

        CourseOutline outline() {
            XmlElement pointer = parse("course.xml");
            if (!pointer.name().equals("course")) {
                throw new Unprocessable("file 'course.xml' must have <course> as its root, not <" + pointer.name() + ">");
            }
            String org = required(pointer, "org");
            String number = required(pointer, "course");
            String run = required(pointer, "url_name");
            CourseKey key;
            try {
                key = new CourseKey(org, number, run);
            } catch (InvalidInput e) {
                throw new Unprocessable("file 'course.xml' names no valid course: " + e.getMessage());
            }
            XmlElement course = pointer.children().isEmpty() ? parse("course/" + run + ".xml") : pointer;
            CourseNode root = node("course", run, course, "course.xml");
            return new CourseOutline(key, root.displayName(), root, warnings);
        }

        private CourseNode node(String kind, String urlName, XmlElement element, String where) {
            if (++nodes > MAX_NODES) {
                throw new Unprocessable("the course outline has more than " + MAX_NODES + " nodes");
            }
            String childKind = CHILD_KIND.get(kind);
            List<CourseNode> children = new ArrayList<>();
            for (XmlElement child : element.children()) {
                if (kind.equals("vertical")) {
                    children.add(child(child.name(), child, where));
                } else if (child.name().equals(childKind)) {
                    children.add(child(childKind, child, where));
                }
            }
            return new CourseNode(kind, urlName, element.attribute("display_name"), children);
        }

        /** An element inside another: read from its own file when it points to one. */
        private CourseNode child(String kind, XmlElement element, String where) {
            String urlName = element.attribute("url_name") == null ? "" : element.attribute("url_name");
            boolean component = !CHILD_KIND.containsKey(kind) && !kind.equals("vertical");
            if (component && !COMPONENTS.contains(kind)) {
                warnings.add("unknown component kind '" + kind + "' (url_name '" + urlName + "') in " + where
                        + "; kept as it is");
            }
            String file = kind + "/" + urlName + ".xml";
            XmlElement definition = element;
            if (element.children().isEmpty() && !urlName.isEmpty() && files.entry(file).isPresent()) {
                definition = parse(file);
            } else if (element.children().isEmpty() && !urlName.isEmpty() && !component && isPointer(element)) {
                warnings.add(kind + " '" + urlName + "' in " + where + " points to " + file + ", which the archive lacks");
            }
            String from = definition == element ? where : file;
            if (component) {
                return new CourseNode(kind, urlName, definition.attribute("display_name"), List.of());
            }
            return node(kind, urlName, definition, from);
        }

        private boolean isPointer(XmlElement element) {
            return element.attributes().keySet().stream().allMatch(name -> name.equals("url_name"));
        }

        private XmlElement parse(String path) {
            ManifestEntry entry = files.entry(path).orElseThrow(() ->
                    new Unprocessable("the archive is not a course: it lacks " + path));
            try (InputStream in = blobs.open(entry.blob()).orElseThrow(() ->
                    new IllegalStateException("blob of " + path + " is missing"))) {
                return xml.read(in, path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the blob of " + path, e);
            }
        }

        private String required(XmlElement element, String attribute) {
            String value = element.attribute(attribute);
            if (value == null || value.isBlank()) {
                throw new Unprocessable("file 'course.xml' lacks the attribute " + attribute + " of <course>");
            }
            return value;
        }
    }
}
