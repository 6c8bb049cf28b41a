package org.courseport.adapters.archive.olx;

import java.util.Map;
import java.util.Set;

/**
 * The block kinds edX's XML import knows, from the {@code xblock.v1} entry points of edx-platform's
 * setup.py. A container's child elements are blocks of any kind; a leaf's child elements are its
 * content (a problem's markup, a video's sources), never blocks.
 */
final class BlockKinds {
    /**
     * Blocks whose XML children are blocks: the course levels, the aliases of sequential edX registers
     * ({@code problemset}, {@code videosequence}) and of vertical ({@code unit}), and the containers
     * that choose among or wrap their children.
     */
    private static final Set<String> CONTAINERS = Set.of("course", "chapter", "sequential", "problemset",
            "videosequence", "vertical", "unit", "split_test", "library_content", "itembank", "conditional",
            "randomize", "wrapper");
    /**
     * Child elements of a container that edX reads as settings or references, not as blocks: the course's
     * wiki and textbooks (CourseBlock), a conditional's {@code show} (references to blocks defined elsewhere).
     */
    private static final Map<String, Set<String>> NOT_BLOCKS = Map.of(
            "course", Set.of("wiki", "textbook"),
            "conditional", Set.of("show"));
    /** Leaves of edX's own XBlocks and the common third-party ones. */
    private static final Set<String> LEAVES = Set.of("html", "problem", "video", "videoalpha", "discussion",
            "lti", "lti_consumer", "openassessment", "word_cloud", "poll", "poll_question", "survey",
            "drag-and-drop-v2", "annotatable", "done", "google-document", "google-calendar", "pdf", "edx_sga",
            "problem-builder", "recommender", "staffgradedxblock", "imageannotation", "textannotation",
            "videoannotation", "library_sourced", "customtag", "discuss", "image", "slides", "videodev", "book",
            "hidden", "chat", "freetextresponse", "submit-and-compare", "scorm", "h5pxblock");

    private BlockKinds() {
    }

    static boolean isContainer(String kind) {
        return CONTAINERS.contains(kind);
    }

    static boolean isKnown(String kind) {
        return CONTAINERS.contains(kind) || LEAVES.contains(kind);
    }

    /** Whether a child element of a {@code parent} block is itself a block. */
    static boolean isBlock(String parent, String child) {
        return !NOT_BLOCKS.getOrDefault(parent, Set.of()).contains(child);
    }
}
