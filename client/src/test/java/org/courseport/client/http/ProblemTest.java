package org.courseport.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aProblemDocumentBecomesTheExceptionOfItsStatus() {
        String body = """
                {"type":"https://courseport.org/problems/invalid-input","title":"Invalid input","status":400,
                 "detail":"limit must be a number","instance":"/api/v1/courses","errors":[{"field":"limit","message":"must be a number"}]}""";
        ProblemException e = ProblemException.of(Problem.parse(400, body));
        InvalidRequestException invalid = assertInstanceOf(InvalidRequestException.class, e);
        assertEquals("invalid-input", invalid.problem().kind());
        assertEquals("limit must be a number", invalid.problem().explanation());
        assertEquals(List.of(new Problem.FieldError("limit", "must be a number")), invalid.problem().errors());
        assertEquals(body, invalid.problem().document());
    }

    @Test
    void everyStatusHasItsType() {
        assertInstanceOf(UnauthenticatedException.class, ProblemException.of(Problem.parse(401, "")));
        assertInstanceOf(ForbiddenException.class, ProblemException.of(Problem.parse(403, "")));
        assertInstanceOf(NotFoundException.class, ProblemException.of(Problem.parse(404, "")));
        assertInstanceOf(ConflictException.class, ProblemException.of(Problem.parse(409, "")));
        assertInstanceOf(LimitExceededException.class, ProblemException.of(Problem.parse(413, "")));
        assertInstanceOf(UnprocessableException.class, ProblemException.of(Problem.parse(422, "")));
        assertInstanceOf(RequestFailedException.class, ProblemException.of(Problem.parse(502, "")));
    }

    @Test
    void somethingElseThanAProblemStillSaysWhatHappened() {
        Problem fromProxy = Problem.parse(502, "<html>Bad Gateway</html>\n<body>...</body>");
        assertEquals(502, fromProxy.status());
        assertEquals("<html>Bad Gateway</html>", fromProxy.explanation());
        assertEquals("the server answered 401", Problem.parse(401, "").explanation());
    }

    @Test
    void keysBecomePathsThatStayInTheRoute() {
        assertEquals("course-v1:MITx+6.002x+2026_Fall", CourseportClient.pathOf("course-v1:MITx+6.002x+2026_Fall"));
        assertEquals("MITx/6.002x/2026_Fall", CourseportClient.pathOf("MITx/6.002x/2026_Fall"));
        assertEquals("course-v1:%C3%89cole+x%25y+r%20%3F", CourseportClient.pathOf("course-v1:École+x%y+r ?"));
        assertEquals("%2E%2E/%2E%2E/users", CourseportClient.pathOf("../../users"));
        assertEquals("a%2Fb", CourseportClient.segmentOf("a/b"));
    }
}
