package org.courseport.adapters.archive.olx;

import java.util.ArrayList;
import java.util.List;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.CourseNode;
import org.courseport.domain.course.CourseOutline;
import org.courseport.domain.course.CourseOutlineReader;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.Unprocessable;

/**
 * Reads edX's OLX as edX's XML import builds it: {@code course.xml} names the course and points at
 * {@code course/<run>.xml}; below it, blocks inline or in their own files ({@link BlockReader}), with
 * {@code policies/<run>/policy.json} over their attributes ({@link CoursePolicy}), and the drafts under
 * {@code drafts/} beside the tree ({@link DraftReader}). Only a course that cannot be named fails the
 * import; every other reference that cannot be resolved is a warning.
 */
public final class OlxCourseOutlineReader implements CourseOutlineReader {
    private final BlobStore blobs;

    public OlxCourseOutlineReader(BlobStore blobs) {
        this.blobs = blobs;
    }

    @Override
    public CourseOutline read(Manifest manifest) {
        OlxFiles files = new OlxFiles(manifest, blobs);
        XmlElement pointer = files.required("course.xml");
        if (!pointer.name().equals("course")) {
            throw new Unprocessable("file 'course.xml' must have <course> as its root, not <" + pointer.name() + ">");
        }
        String run = required(pointer, "url_name");
        CourseKey key;
        try {
            key = new CourseKey(required(pointer, "org"), required(pointer, "course"), run);
        } catch (InvalidInput e) {
            throw new Unprocessable("file 'course.xml' names no valid course: " + e.getMessage());
        }
        List<String> warnings = new ArrayList<>();
        CoursePolicy policy = CoursePolicy.of(files, run, warnings);
        String file = BlockReader.isPointer(pointer) ? "course/" + run + ".xml" : "course.xml";
        CourseNode root = new BlockReader(files, policy, warnings).course(run, files.required(file), file);
        // Drafts are imported by a system of their own in edX, so their url_names do not clash with the published ones.
        return new CourseOutline(key, root.displayName(), root,
                new DraftReader(files, new BlockReader(files, policy, warnings), warnings).drafts(), warnings);
    }

    private static String required(XmlElement element, String attribute) {
        String value = element.attribute(attribute);
        if (value == null || value.isBlank()) {
            throw new Unprocessable("file 'course.xml' lacks the attribute " + attribute + " of <course>");
        }
        return value;
    }
}
