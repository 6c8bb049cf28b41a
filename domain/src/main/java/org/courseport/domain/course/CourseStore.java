package org.courseport.domain.course;

import java.util.List;
import java.util.Optional;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;

/** Where courses and their versions are kept. Versions are never changed once committed. */
public interface CourseStore {

    Optional<Course> find(CourseKey key);

    /**
     * Commits the next version (1 for a new course) with its manifest and outline in one transaction
     * and makes it current. A version committed meanwhile by another process is a {@code Conflict}.
     */
    CourseVersion commit(NewCourseVersion version, int expectedCurrent);

    Optional<CourseVersion> version(CourseKey key, int number);

    /** Every version, oldest first. */
    List<CourseVersion> versions(CourseKey key);

    /** The files of a version; a version that does not exist is a {@code NotFound}. */
    Manifest manifest(CourseKey key, int number);

    /** The outline of a version (its tree and drafts); a version that does not exist is a {@code NotFound}. */
    CourseTree outline(CourseKey key, int number);

    /** Courses matching the query; the query was validated against {@link CourseSchema#SCHEMA}. */
    Listing<Course> list(CollectionQuery query);

    /** Removes the course and all its versions; false if there was none. */
    boolean delete(CourseKey key);
}
