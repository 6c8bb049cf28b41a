package org.courseport.adapters.rest.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.domain.grading.AssignmentEdit;
import org.junit.jupiter.api.Test;

/** The assignment routes' declaration is a copy (annotations take constants only); it must not drift from the domain's. */
class AssignmentAttributesTest {
    @Test
    void theRoutesTakeExactlyTheAttributesAnAssignmentHas() {
        Accepts accepts = AssignmentsResource.AssignmentAttributes.class.getAnnotation(Accepts.class);
        assertEquals(Set.copyOf(AssignmentEdit.NAMES), Set.of(accepts.value()));
    }
}
