package org.courseport.application.contracts;

import static org.courseport.application.contracts.CourseFixtures.manifest;
import static org.courseport.application.contracts.CourseFixtures.outline;
import static org.courseport.application.contracts.CourseFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.courseport.domain.course.Course;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.CourseSchema;
import org.courseport.domain.course.CourseStore;
import org.courseport.domain.course.CourseVersion;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.query.CollectionQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link CourseStore} promises; each test works on a course of its own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CourseStoreContract {
    protected abstract CourseStore store();

    private CourseKey key;

    @BeforeEach
    void newCourse() {
        key = new CourseKey("MITx", "c" + UUID.randomUUID().toString().substring(0, 8), "2026_Fall");
    }

    @Test
    void theFirstCommitMakesCourseAndVersionOne() {
        Manifest files = manifest(2500, 'a');
        CourseVersion v1 = store().commit(version(key, "Circuits", files), 0);
        assertEquals(1, v1.number());
        assertEquals(files.digest(), v1.digest());
        Course course = store().find(key).orElseThrow();
        assertEquals(1, course.currentVersion());
        assertEquals("Circuits", course.displayName());
        assertEquals(files, store().manifest(key, 1));
        assertEquals(outline("Circuits"), store().outline(key, 1));
        assertEquals(v1, store().version(key, 1).orElseThrow());
    }

    @Test
    void versionsAreNumberedAndKept() {
        store().commit(version(key, "One", manifest(3, 'a')), 0);
        store().commit(version(key, "Two", manifest(4, 'b')), 1);
        assertEquals(2, store().find(key).orElseThrow().currentVersion());
        assertEquals("Two", store().find(key).orElseThrow().displayName());
        assertEquals(List.of(1, 2), store().versions(key).stream().map(CourseVersion::number).toList());
        assertEquals(manifest(3, 'a'), store().manifest(key, 1));
    }

    @Test
    void aCommitFromAStaleVersionIsAConflictAndChangesNothing() {
        store().commit(version(key, "One", manifest(3, 'a')), 0);
        store().commit(version(key, "Two", manifest(4, 'b')), 1);
        assertThrows(Conflict.class, () -> store().commit(version(key, "Late", manifest(5, 'c')), 1));
        assertThrows(Conflict.class, () -> store().commit(version(key, "New?", manifest(5, 'c')), 0));
        assertEquals(2, store().versions(key).size());
        assertEquals(2, store().find(key).orElseThrow().currentVersion());
    }

    @Test
    void aMissingVersionIsNotFound() {
        store().commit(version(key, "One", manifest(3, 'a')), 0);
        assertTrue(store().version(key, 2).isEmpty());
        assertThrows(NotFound.class, () -> store().manifest(key, 2));
        assertThrows(NotFound.class, () -> store().outline(key, 2));
    }

    @Test
    void listsAndDeletes() {
        store().commit(version(key, "One", manifest(3, 'a')), 0);
        List<Course> all = new ArrayList<>();
        store().list(CollectionQuery.all(CourseSchema.SCHEMA)).rows().forEach(all::add);
        assertTrue(all.stream().anyMatch(c -> c.key().equals(key)));
        assertTrue(store().delete(key));
        assertTrue(store().find(key).isEmpty());
        assertTrue(store().versions(key).isEmpty());
        assertFalse(store().delete(key));
    }
}
