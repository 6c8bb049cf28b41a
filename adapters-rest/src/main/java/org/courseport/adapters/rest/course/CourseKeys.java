package org.courseport.adapters.rest.course;

import org.courseport.domain.course.CourseKey;

/** Course keys in URLs: either form, the older one with its slashes in the path. */
final class CourseKeys {
    /** A path template for a key that may span three segments. */
    static final String PATH = "{course_key: .+}";

    private CourseKeys() {
    }

    /** A file name for the course's archive: the key with everything but safe characters made '_'. */
    static String fileName(CourseKey key, int version) {
        String base = (key.org() + "_" + key.course() + "_" + key.run()).replaceAll("[^A-Za-z0-9._-]", "_");
        return base + "-v" + version + ".tar.gz";
    }
}
