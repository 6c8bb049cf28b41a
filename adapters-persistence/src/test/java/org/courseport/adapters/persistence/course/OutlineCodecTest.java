package org.courseport.adapters.persistence.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.courseport.domain.course.CourseNode;
import org.courseport.application.contracts.CourseFixtures;
import org.courseport.domain.course.CourseTree;
import org.junit.jupiter.api.Test;

class OutlineCodecTest {

    @Test
    void aTreeWithDraftsReadsBackEqual() {
        CourseTree tree = CourseFixtures.outline("Circuits");
        assertEquals(tree, OutlineCodec.decode(OutlineCodec.encode(tree)));
    }

    @Test
    void anOutlineStoredBeforeDraftsReadsAsATreeWithoutThem() {
        CourseTree tree = OutlineCodec.decode("0\tcourse\trun\t=Circuits\n1\tchapter\tc1\t\n");
        assertEquals(new CourseTree(new CourseNode("course", "run", "Circuits",
                List.of(new CourseNode("chapter", "c1", null, List.of()))), List.of()), tree);
    }
}
