package org.courseport.adapters.archive.olx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.courseport.adapters.archive.tar.TarGzCourseArchiveReader;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.domain.course.ArchiveProgress;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.CourseDraft;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.CourseNode;
import org.courseport.domain.course.CourseOutline;
import org.courseport.domain.error.Unprocessable;
import org.junit.jupiter.api.Test;

class OlxCourseOutlineReaderTest {
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();

    private CourseOutline read(OlxCourse course) throws IOException {
        return new OlxCourseOutlineReader(blobs).read(new TarGzCourseArchiveReader(blobs, ForkJoinPool.commonPool())
                .unpack(new ByteArrayInputStream(course.tarGz()), ArchiveLimits.DEFAULTS, ArchiveProgress.NONE, Manifest.empty()));
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
    void aDoctypeIsRefusedWhereverItStands() {
        Unprocessable e = assertThrows(Unprocessable.class, () -> read(course().put("chapter/week1.xml", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE chapter [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<chapter display_name=\"&xxe;\"/>")));
        assertTrue(e.getMessage().contains("chapter/week1.xml") && e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void aDoctypeInTheCourseFileFailsTheImport() {
        Unprocessable e = assertThrows(Unprocessable.class, () -> read(course().put("course/2026_Fall.xml",
                "<!DOCTYPE course [<!ENTITY a \"b\">]><course/>")));
        assertTrue(e.getMessage().contains("course/2026_Fall.xml") && e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void aCourseFileThatIsNotWellFormedFailsTheImport() {
        Unprocessable e = assertThrows(Unprocessable.class, () -> read(course().put("course/2026_Fall.xml", "<course>")));
        assertTrue(e.getMessage().contains("course/2026_Fall.xml"), e.getMessage());
    }

    @Test
    void anUnparseableBlockFileIsAWarningNamingIt() throws IOException {
        CourseOutline outline = read(course().put("vertical/unit1.xml", "<vertical><html></vertical>"));
        CourseNode vertical = outline.root().children().get(0).children().get(0).children().get(0);
        assertEquals(List.of("vertical", "unit1", List.of()), List.of(vertical.kind(), vertical.urlName(), vertical.children()));
        assertTrue(warning(outline, "vertical/unit1.xml").contains("cannot be read"), outline.warnings().toString());
    }

    @Test
    void componentsDirectlyInASequentialOrAChapterAreKept() throws IOException {
        CourseOutline outline = read(course()
                .put("chapter/week1.xml", "<chapter><html url_name=\"welcome\" display_name=\"Welcome\"/>"
                        + "<sequential url_name=\"lesson1\"/></chapter>")
                .put("sequential/lesson1.xml", "<sequential><problem url_name=\"p1\"/><problem url_name=\"p2\" display_name=\"P2\"/>"
                        + "<vertical url_name=\"unit1\"/></sequential>")
                .put("problem/p1.xml", "<problem display_name=\"P1\"><p>1?</p></problem>"));
        CourseNode chapter = outline.root().children().get(0);
        assertEquals(List.of("html:Welcome", "sequential:null"), kindsAndNames(chapter));
        assertEquals(List.of("problem:P1", "problem:P2", "vertical:Unit 1"), kindsAndNames(chapter.children().get(1)));
        assertEquals(List.of(), outline.warnings());
    }

    @Test
    void theAliasesOfSequentialKeepTheirSubtrees() throws IOException {
        CourseOutline outline = read(course()
                .put("chapter/week1.xml", "<chapter><videosequence url_name=\"lectures\"/>"
                        + "<problemset display_name=\"Homework\"><problem url_name=\"h1\"/></problemset></chapter>")
                .put("videosequence/lectures.xml", "<videosequence display_name=\"Lectures\"><video url_name=\"l1\"/>"
                        + "<vertical><html url_name=\"notes\"/></vertical></videosequence>"));
        CourseNode chapter = outline.root().children().get(0);
        assertEquals(List.of("videosequence:Lectures", "problemset:Homework"), kindsAndNames(chapter));
        assertEquals(List.of("video", "vertical"), kinds(chapter.children().get(0)));
        assertEquals(List.of("html"), kinds(chapter.children().get(0).children().get(1)));
        assertEquals(List.of("problem"), kinds(chapter.children().get(1)));
    }

    @Test
    void everyContainerHasItsChildrenButNotItsReferencesOrSettings() throws IOException {
        CourseOutline outline = read(course().put("vertical/unit1.xml", "<vertical>"
                + "<split_test url_name=\"ab\" user_partition_id=\"0\"><vertical url_name=\"a\"><problem url_name=\"pa\"/></vertical>"
                + "<vertical url_name=\"b\"><video url_name=\"vb\"/></vertical></split_test>"
                + "<library_content url_name=\"lib\"><problem url_name=\"l1\"/><problem url_name=\"l2\"/></library_content>"
                + "<conditional url_name=\"c\" sources=\"i4x://O/C/problem/pa\"><show sources=\"i4x://O/C/html/x\"/><html url_name=\"shown\"/></conditional>"
                + "<randomize url_name=\"r\"><problem url_name=\"r1\"/></randomize>"
                + "<wrapper url_name=\"w\"><html url_name=\"wrapped\"/></wrapper>"
                + "<video url_name=\"clip\"><source src=\"a.mp4\"/><track src=\"a.srt\"/></video></vertical>"));
        CourseNode vertical = outline.root().children().get(0).children().get(0).children().get(0);
        assertEquals(List.of("split_test", "library_content", "conditional", "randomize", "wrapper", "video"), kinds(vertical));
        assertEquals(List.of("vertical", "vertical"), kinds(vertical.children().get(0)));
        assertEquals(List.of("problem"), kinds(vertical.children().get(0).children().get(0)));
        assertEquals(List.of("problem", "problem"), kinds(vertical.children().get(1)));
        assertEquals(List.of("html"), kinds(vertical.children().get(2)));
        assertEquals(List.of("problem"), kinds(vertical.children().get(3)));
        assertEquals(List.of("html"), kinds(vertical.children().get(4)));
        assertEquals(List.of(), kinds(vertical.children().get(5)));
        assertTrue(outline.warnings().stream().noneMatch(w -> w.contains("unknown")), outline.warnings().toString());
    }

    @Test
    void policyGoesOverTheXmlAttributes() throws IOException {
        CourseOutline outline = read(course()
                .put("policies/2026_Fall/policy.json", "{\"course/2026_Fall\": {\"display_name\": \"From Policy\", \"tabs\": [{}]},"
                        + " \"chapter/week1\": {\"display_name\": null}, \"html/intro\": {\"start\": \"2026\"},"
                        + " \"vertical/unit1\": {\"display_name\": 7}, \"problem/q1\": {\"display_name\": \"Q\"}}"));
        assertEquals("From Policy", outline.displayName());
        CourseNode chapter = outline.root().children().get(0);
        assertEquals(null, chapter.displayName());
        CourseNode vertical = chapter.children().get(0).children().get(0);
        assertEquals("7", vertical.displayName());
        assertEquals(List.of("html:Introduction", "problem:Q"), kindsAndNames(vertical));
    }

    @Test
    void theOlderPolicyPathIsReadWhenTheRunFolderHasNone() throws IOException {
        OlxCourse course = course().put("policies/2026_Fall.json", "{\"chapter/week1\": {\"display_name\": \"Old\"}}");
        course.files().keySet().stream().filter(p -> p.startsWith("policies/2026_Fall/")).toList()
                .forEach(p -> course.put(p, "{}"));
        assertEquals("Old", read(course).root().children().get(0).displayName());
    }

    @Test
    void aPolicyThatIsNotJsonIsAWarningAndTheXmlNamesStay() throws IOException {
        CourseOutline outline = read(course().put("policies/2026_Fall/policy.json", "{\"chapter/week1\": "));
        assertEquals("Week 1", outline.root().children().get(0).displayName());
        assertTrue(warning(outline, "policies/2026_Fall/policy.json").contains("not valid JSON"), outline.warnings().toString());
        outline = read(course().put("policies/2026_Fall/policy.json", "[]"));
        assertTrue(warning(outline, "policies/2026_Fall/policy.json").contains("not a JSON object"), outline.warnings().toString());
    }

    @Test
    void aPointerHasOnlyItsUrlNameElseTheElementIsItsOwnDefinition() throws IOException {
        CourseOutline outline = read(course()
                .put("vertical/unit1.xml", "<vertical><problem url_name=\"q1\" display_name=\"Inline\"/>"
                        + "<problem url_name=\"q2\">text makes it inline</problem><problem url_name=\"lib:q3\"/></vertical>")
                .put("problem/q1.xml", "<problem display_name=\"From file\"/>")
                .put("problem/q2.xml", "<problem display_name=\"From file\"/>")
                .put("problem/lib/q3.xml", "<problem display_name=\"In a folder\"/>"));
        CourseNode vertical = outline.root().children().get(0).children().get(0).children().get(0);
        assertEquals(List.of("problem:Inline", "problem:null", "problem:In a folder"), kindsAndNames(vertical));
    }

    @Test
    void theFilenameFormReadsItsFileUnderTheElementsOwnAttributes() throws IOException {
        CourseOutline outline = read(course()
                .put("chapter/week1.xml", "<chapter><sequential filename=\"old\" url_name=\"s\" display_name=\"Mine\"/></chapter>")
                .put("sequential/old.xml", "<sequential display_name=\"Theirs\" format=\"Homework\"><problem url_name=\"p\"/></sequential>"));
        CourseNode sequential = outline.root().children().get(0).children().get(0);
        assertEquals(List.of("sequential", "s", "Mine", List.of("problem")),
                List.of(sequential.kind(), sequential.urlName(), sequential.displayName(), kinds(sequential)));
    }

    @Test
    void aMissingPointerIsAWarningAndABareNodeWithItsPolicyName() throws IOException {
        CourseOutline outline = read(course()
                .put("vertical/unit1.xml", "<vertical><html url_name=\"gone\"/><sequential url_name=\"away\"/></vertical>")
                .put("policies/2026_Fall/policy.json", "{\"html/gone\": {\"display_name\": \"Named by policy\"}}"));
        CourseNode vertical = outline.root().children().get(0).children().get(0).children().get(0);
        assertEquals(List.of("html:Named by policy", "sequential:null"), kindsAndNames(vertical));
        assertTrue(warning(outline, "html/gone.xml").contains("lacks"), outline.warnings().toString());
        assertTrue(warning(outline, "sequential/away.xml").contains("in vertical/unit1.xml"), outline.warnings().toString());
    }

    @Test
    void aDuplicateUrlNameOfOneKindIsAWarningAndBothAreKept() throws IOException {
        CourseOutline outline = read(course()
                .put("vertical/unit1.xml", "<vertical><problem url_name=\"q\" display_name=\"A\"/><problem url_name=\"q\" display_name=\"B\"/>"
                        + "<html url_name=\"intro\"/><html url_name=\"intro\"/><html url_name=\"other\" display_name=\"X\"/>"
                        + "<html url_name=\"other\" display_name=\"Y\"/><problem url_name=\"intro\" display_name=\"Z\"/></vertical>"));
        CourseNode vertical = outline.root().children().get(0).children().get(0).children().get(0);
        assertEquals(7, vertical.children().size());
        List<String> duplicates = outline.warnings().stream().filter(w -> w.contains("duplicate url_name")).toList();
        assertEquals(2, duplicates.size(), outline.warnings().toString());
        assertTrue(duplicates.get(0).contains("'q' of kind problem") && duplicates.get(1).contains("'other' of kind html"), duplicates.toString());
    }

    @Test
    void aPointerBackIntoItsOwnFileIsAWarningNotALoop() throws IOException {
        CourseOutline outline = read(course().put("vertical/unit1.xml", "<vertical><vertical url_name=\"unit1\"/></vertical>"));
        CourseNode inner = outline.root().children().get(0).children().get(0).children().get(0).children().get(0);
        assertEquals(List.of(), inner.children());
        assertTrue(warning(outline, "vertical/unit1.xml").contains("which contains it"), outline.warnings().toString());
    }

    @Test
    void aMissingUrlNameComesFromTheDisplayNameAsEdxCleansIt() throws IOException {
        CourseOutline outline = read(course().put("vertical/unit1.xml",
                "<vertical><problem display_name=\"Q 1: what?\"/><html slug=\"s\"/><html/></vertical>"));
        CourseNode vertical = outline.root().children().get(0).children().get(0).children().get(0);
        assertEquals(List.of("Q_1_what_", "s", ""), vertical.children().stream().map(CourseNode::urlName).toList());
    }

    @Test
    void draftsAreListedApartNamedByTheirFilesWithTheirParents() throws IOException {
        CourseOutline outline = read(course()
                .put("drafts/vertical/late.xml", "<vertical display_name=\"Late\" parent_url=\"block-v1:MITx+6.002x+2026_Fall+type@sequential+block@lesson1\""
                        + " index_in_children_list=\"2\"><html url_name=\"d1\"/></vertical>")
                .put("drafts/vertical/early.xml", "<vertical display_name=\"Early\" parent_sequential_url=\"i4x://MITx/6.002x/sequential/lesson1\""
                        + " index_in_children_list=\"0\"><vertical url_name=\"nested\"/></vertical>")
                .put("drafts/vertical/nested.xml", "<vertical display_name=\"Nested\" parent_url=\"i4x://MITx/6.002x/vertical/early\""
                        + " index_in_children_list=\"0\"/>")
                .put("drafts/html/d1.xml", "<html filename=\"d1\" display_name=\"Draft text\"/>")
                .put("drafts/html/d1.html", "<p>not XML & not read</p>")
                .put("drafts/html/._d1.xml", "junk")
                .put("drafts/vertical/odd.xml", "<vertical parent_url=\"elsewhere\" index_in_children_list=\"1\"/>")
                .put("drafts/vertical/bad.xml", "<vertical index_in_children_list=\"x\"/>")
                .put("drafts/problem/broken.xml", "<problem"));
        assertEquals(List.of("course"), List.of(outline.root().kind()));
        assertEquals(1, outline.root().size() - outline.root().children().get(0).size());
        List<CourseDraft> drafts = outline.drafts();
        assertEquals(List.of("early", "odd", "late"), drafts.stream().map(d -> d.node().urlName()).toList());
        assertEquals(Arrays.asList("sequential/lesson1", "elsewhere", "sequential/lesson1"),
                drafts.stream().map(CourseDraft::parent).toList());
        assertEquals(List.of("vertical:Nested"), kindsAndNames(drafts.get(0).node()));
        assertEquals(List.of("html:Draft text"), kindsAndNames(drafts.get(2).node()));
        assertTrue(warning(outline, "drafts/vertical/bad.xml").contains("not a number"), outline.warnings().toString());
        assertTrue(warning(outline, "drafts/problem/broken.xml").contains("cannot be read"), outline.warnings().toString());
    }

    private static OlxCourse course() {
        return OlxCourse.of("MITx", "6.002x", "2026_Fall");
    }

    private static String warning(CourseOutline outline, String naming) {
        return outline.warnings().stream().filter(w -> w.contains(naming)).findFirst()
                .orElseThrow(() -> new AssertionError("no warning names " + naming + ": " + outline.warnings()));
    }

    private static List<String> kinds(CourseNode node) {
        return node.children().stream().map(CourseNode::kind).toList();
    }

    private static List<String> kindsAndNames(CourseNode node) {
        return node.children().stream().map(c -> c.kind() + ":" + c.displayName()).toList();
    }
}
