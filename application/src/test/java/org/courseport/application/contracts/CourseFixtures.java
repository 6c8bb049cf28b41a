package org.courseport.application.contracts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.course.CourseDraft;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.CourseNode;
import org.courseport.domain.course.CourseOutline;
import org.courseport.domain.course.CourseTree;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.ManifestEntry;
import org.courseport.domain.course.NewCourseVersion;

/** Versions to commit in store tests: a small outline and a manifest of made-up blobs. */
public final class CourseFixtures {
    public static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");

    private CourseFixtures() {
    }

    /** A published tree with every level, and two drafts: one naming its parent, one naming none. */
    public static CourseTree outline(String title) {
        CourseNode html = new CourseNode("html", "intro", "Intro\twith a tab", List.of());
        CourseNode problem = new CourseNode("problem", "q1", null, List.of());
        CourseNode vertical = new CourseNode("vertical", "v1", "Unit 1", List.of(html, problem));
        CourseNode sequential = new CourseNode("sequential", "s1", "Lesson 1", List.of(vertical));
        CourseNode chapter = new CourseNode("chapter", "c1", "Week 1\nline two", List.of(sequential));
        CourseNode root = new CourseNode("course", "run", title, List.of(chapter, new CourseNode("chapter", "c2", "Week 2", List.of())));
        CourseDraft unit = new CourseDraft(new CourseNode("vertical", "v2", "Draft\tunit", List.of(html)), "sequential/s\t1");
        CourseDraft orphan = new CourseDraft(new CourseNode("vertical", "v3", null, List.of()), null);
        return new CourseTree(root, List.of(unit, orphan));
    }

    public static Manifest manifest(int files, char blob) {
        List<ManifestEntry> entries = new ArrayList<>();
        entries.add(new ManifestEntry("course.xml", new BlobId(String.valueOf(blob).repeat(64)), 42));
        for (int i = 1; i < files; i++) {
            entries.add(new ManifestEntry("static/file" + i + ".bin", new BlobId(String.format("%064x", i)), i));
        }
        return Manifest.of(entries);
    }

    public static NewCourseVersion version(CourseKey key, String title, Manifest manifest) {
        return new NewCourseVersion(key, new CourseOutline(key, title, outline(title).root(), outline(title).drafts(), List.of()), manifest, NOW);
    }
}
