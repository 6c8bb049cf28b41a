package org.courseport.application.course;

import java.util.OptionalInt;
import org.courseport.application.query.CollectionQueries;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.course.Course;
import org.courseport.domain.course.CourseArchiveWriter;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.CourseSchema;
import org.courseport.domain.course.CourseStore;
import org.courseport.domain.course.CourseVersion;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.query.CollectionQuery;

/** Reading, exporting and deleting courses. */
public final class CourseService implements ListCourses, GetCourse, ExportCourse, DeleteCourse {
    private final CourseStore courses;
    private final CourseArchiveWriter writer;

    public CourseService(CourseStore courses, CourseArchiveWriter writer) {
        this.courses = courses;
        this.writer = writer;
    }

    @Override
    public Page<Course> list(Caller caller, CollectionRequest request) {
        caller.require(Permission.READ);
        CollectionQuery query = CollectionQueries.parse(CourseSchema.SCHEMA, request);
        return new Page<>(query, courses.list(query));
    }

    @Override
    public CourseDetails get(Caller caller, CourseKey key) {
        caller.require(Permission.READ);
        Course course = existing(key);
        return new CourseDetails(course, courses.versions(key), courses.outline(key, course.currentVersion()));
    }

    @Override
    public CourseExport export(Caller caller, CourseKey key, OptionalInt version) {
        caller.require(Permission.READ);
        Course course = existing(key);
        int number = version.orElse(course.currentVersion());
        CourseVersion chosen = courses.version(key, number)
                .orElseThrow(() -> new NotFound("course " + key + " has no version " + number
                        + "; its versions are 1 to " + course.currentVersion()));
        Manifest manifest = courses.manifest(key, number);
        return new CourseExport(chosen, manifest.digest(), writer.mediaType(), out -> writer.write(manifest, out));
    }

    @Override
    public void delete(Caller caller, CourseKey key) {
        caller.require(Permission.MANAGE);
        if (!courses.delete(key)) {
            throw new NotFound("no course has key " + key);
        }
    }

    private Course existing(CourseKey key) {
        return courses.find(key).orElseThrow(() -> new NotFound("no course has key " + key));
    }
}
