package org.courseport.adapters.rest.course;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.courseport.adapters.rest.error.Problem;
import org.courseport.adapters.rest.error.ProblemMapper;
import org.courseport.adapters.rest.representation.NestedList;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.application.course.CourseDetails;
import org.courseport.domain.course.Course;
import org.courseport.domain.course.CourseDraft;
import org.courseport.domain.course.CourseNode;
import org.courseport.domain.course.CourseVersion;
import org.courseport.domain.course.ImportFailure;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.SourceRevision;

/** Courses, versions, outlines and import jobs on the wire; a course's attributes are {@code CourseSchema}'s. */
public final class CourseRepresentation {

    private CourseRepresentation() {
    }

    static Representation from(Course course) {
        return Representation.of("course")
                .with("id", course.id())
                .with("course_key", course.key().toString())
                .with("display_name", course.displayName())
                .with("current_version", course.currentVersion())
                .with("created_at", course.createdAt())
                .with("updated_at", course.updatedAt());
    }

    /**
     * A course with its history, outline and drafts. With {@code depth}, the outline stops that many
     * levels below the course (1: chapters only) and the drafts are left out: a table of contents.
     * Nodes are mapped while they are written, so a large tree is never held twice.
     */
    static Representation from(CourseDetails details, Optional<Integer> depth) {
        Representation course = from(details.course())
                .with("versions", new NestedList("version", details.versions().stream().map(CourseRepresentation::from).toList()))
                .with("outline", from(details.outline().root(), depth.orElse(Integer.MAX_VALUE)));
        if (depth.isEmpty()) {
            course.with("drafts", new NestedList("node", mapped(details.outline().drafts(), CourseRepresentation::from)));
        }
        return course;
    }

    static Representation from(CourseVersion version) {
        return Representation.of("version")
                .with("number", version.number())
                .with("etag", version.digest())
                .with("file_count", version.fileCount())
                .with("total_bytes", version.totalBytes())
                .with("source", version.source().map(CourseRepresentation::from).orElse(null))
                .with("created_at", version.createdAt());
    }

    private static Representation from(SourceRevision source) {
        return Representation.of("source")
                .with("repository_url", source.repositoryUrl())
                .with("commit", source.commit().map(Object::toString).orElse(null));
    }

    private static Representation from(CourseNode node, int depth) {
        return withChildren(head(node), node, depth);
    }

    /** A draft's unit as a node, marked as a draft and naming the block it belongs under. */
    private static Representation from(CourseDraft draft) {
        return withChildren(head(draft.node()).with("draft", true).with("parent", draft.parent()),
                draft.node(), Integer.MAX_VALUE);
    }

    private static Representation head(CourseNode node) {
        return Representation.of("node")
                .with("kind", node.kind())
                .with("url_name", node.urlName())
                .with("display_name", node.displayName());
    }

    private static Representation withChildren(Representation representation, CourseNode node, int depth) {
        if (depth > 0 && !node.children().isEmpty()) {
            representation.with("children", new NestedList("node", mapped(node.children(), child -> from(child, depth - 1))));
        }
        return representation;
    }

    private static <T> Iterable<Representation> mapped(List<T> items, Function<T, Representation> map) {
        return () -> items.stream().map(map).iterator();
    }

    public static Representation from(ImportJob job) {
        return Representation.of("import_job")
                .with("id", job.id().toString())
                .with("course_key", job.key().toString())
                .with("state", job.state().wireName())
                .with("bytes_read", job.bytesRead())
                .with("entries_read", job.entriesRead())
                .with("version", job.version() == 0 ? null : job.version())
                .with("new_version", job.version() == 0 ? null : job.newVersion())
                .with("warnings", new NestedList("warning",
                        job.warnings().stream().map(w -> Representation.of("warning").with("message", w)).toList()))
                .with("error", job.failure().map(CourseRepresentation::problem).orElse(null))
                .with("source", job.source().map(CourseRepresentation::from).orElse(null))
                .with("created_at", job.createdAt())
                .with("updated_at", job.updatedAt());
    }

    /** The failure as the problem document a request failing the same way would have answered. */
    private static Representation problem(ImportFailure failure) {
        boolean internal = failure.kind().equals(ImportFailure.INTERNAL_ERROR);
        var exception = failure.toException();
        return Representation.of("problem")
                .with("type", Problem.TYPE_BASE + failure.kind())
                .with("title", internal ? "Internal server error" : exception.title())
                .with("status", internal ? 500 : ProblemMapper.status(exception))
                .with("detail", failure.message());
    }
}
