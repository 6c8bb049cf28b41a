package org.courseport.domain.course;

/** Reads the outline of a course from its OLX files ({@code course.xml} and what it points to). */
public interface CourseOutlineReader {

    /** A course whose OLX cannot be read is an {@code Unprocessable} naming the file. */
    CourseOutline read(Manifest files);
}
