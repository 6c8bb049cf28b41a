package org.courseport.adapters.archive.olx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.ForkJoinPool;
import java.util.List;
import org.courseport.adapters.archive.tar.TarGzCourseArchiveReader;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.domain.course.ArchiveProgress;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.CourseNode;
import org.courseport.domain.course.CourseOutline;
import org.courseport.domain.error.Unprocessable;
import org.junit.jupiter.api.Test;

class OlxCourseOutlineReaderTest {
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();

    private CourseOutline read(OlxCourse course) throws IOException {
        return new OlxCourseOutlineReader(blobs).read(new TarGzCourseArchiveReader(blobs, ForkJoinPool.commonPool())
                .unpack(new ByteArrayInputStream(course.tarGz()), ArchiveLimits.DEFAULTS, ArchiveProgress.NONE));
    }

    @Test
    void followsPointersIntoTheTreeWithDisplayNames() throws IOException {
        CourseOutline outline = read(OlxCourse.of("MITx", "6.002x", "2026_Fall"));
        assertEquals(CourseKey.parse("MITx/6.002x/2026_Fall"), outline.key());
        assertEquals("Circuits and Electronics", outline.displayName());
        CourseNode chapter = outline.root().children().get(0);
        assertEquals(List.of("chapter", "week1", "Week 1"), List.of(chapter.kind(), chapter.urlName(), chapter.displayName()));
        CourseNode vertical = chapter.children().get(0).children().get(0);
        assertEquals("Unit 1", vertical.displayName());
        assertEquals(List.of("Introduction", "Question 1"), vertical.children().stream().map(CourseNode::displayName).toList());
        assertEquals(List.of(), outline.warnings());
    }

    @Test
    void inlineChildrenAndUnknownKindsAreRead() throws IOException {
        CourseOutline outline = read(OlxCourse.of("MITx", "6.002x", "2026_Fall")
                .put("chapter/week1.xml", "<chapter display_name=\"Week 1\"><sequential url_name=\"s\" display_name=\"Inline\">"
                        + "<vertical url_name=\"v\" display_name=\"V\"><flux_capacitor url_name=\"f\" display_name=\"F\"/>"
                        + "<video url_name=\"vid\" display_name=\"Clip\"/></vertical></sequential></chapter>"));
        CourseNode vertical = outline.root().children().get(0).children().get(0).children().get(0);
        assertEquals(List.of("flux_capacitor", "video"), vertical.children().stream().map(CourseNode::kind).toList());
        assertEquals(1, outline.warnings().size());
        assertTrue(outline.warnings().get(0).contains("unknown component kind 'flux_capacitor'"));
    }

    @Test
    void aDoctypeIsRefused() {
        Unprocessable e = assertThrows(Unprocessable.class, () -> read(OlxCourse.of("MITx", "6.002x", "2026_Fall")
                .put("chapter/week1.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE chapter [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<chapter display_name=\"&xxe;\"/>")));
        assertTrue(e.getMessage().contains("chapter/week1.xml") && e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void malformedXmlNamesTheFile() {
        Unprocessable e = assertThrows(Unprocessable.class, () -> read(OlxCourse.of("MITx", "6.002x", "2026_Fall")
                .put("vertical/unit1.xml", "<vertical><html></vertical>")));
        assertTrue(e.getMessage().contains("vertical/unit1.xml"), e.getMessage());
    }
}
