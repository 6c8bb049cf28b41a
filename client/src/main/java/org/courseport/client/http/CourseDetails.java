package org.courseport.client.http;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courseport.client.json.JsonObject;

/** One course: what the list says, its version history and the outline of its current version. */
public record CourseDetails(Course course, List<Version> versions, Optional<Node> outline, String document) {

    /** A version; equal content has an equal {@code etag}. */
    public record Version(int number, String etag, long fileCount, long totalBytes, Instant createdAt) {
    }

    /** A chapter, sequential, vertical or component of the outline. */
    public record Node(String kind, String urlName, String displayName, List<Node> children) {
        static Node from(JsonObject node) {
            return new Node(node.text("kind"), node.text("url_name"), node.text("display_name"),
                    node.objects("children").stream().map(Node::from).toList());
        }
    }

    public CourseDetails {
        versions = List.copyOf(versions);
    }

    static CourseDetails from(JsonObject course, String document) {
        return new CourseDetails(Course.from(course), course.objects("versions").stream()
                .map(v -> new Version((int) v.number("number"), v.text("etag"), v.number("file_count"),
                        v.number("total_bytes"), Instant.parse(v.text("created_at"))))
                .toList(), course.object("outline").map(Node::from), document);
    }
}
