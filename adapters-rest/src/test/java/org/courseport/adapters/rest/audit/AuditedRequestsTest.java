package org.courseport.adapters.rest.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuditedRequestsTest {

    @Test
    void everyWriteWhateverItsOutcome() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            for (int status : new int[] {200, 201, 204, 400, 404, 409, 429, 500}) {
                assertTrue(AuditedRequests.audited(method, "/api/v1/users", status), method + " " + status);
            }
        }
    }

    @Test
    void everyRefusalEvenOfAReadButNoOtherRead() {
        assertTrue(AuditedRequests.audited("GET", "/api/v1/users", 401));
        assertTrue(AuditedRequests.audited("HEAD", "/api/v1/users/1", 403));
        assertFalse(AuditedRequests.audited("GET", "/api/v1/users", 200));
        assertFalse(AuditedRequests.audited("GET", "/api/v1/users/7", 404));
        assertFalse(AuditedRequests.audited("OPTIONS", "/api/v1/users", 200));
        assertTrue(AuditedRequests.audited("OPTIONS", "/api/v1/users", 401));
    }

    @Test
    void exportsAndArchiveDownloads() {
        assertTrue(AuditedRequests.audited("GET", "/api/v1/export/course-v1:MITx+6.002x+2026", 200));
        assertTrue(AuditedRequests.audited("GET", "/lms/api/v1/export/MITx/6.002x/2026", 200));
        assertTrue(AuditedRequests.audited("GET", "/api/v1/assignments/1/groups/2/submission_downloads", 200));
        assertTrue(AuditedRequests.audited("get", "/api/v1/courses/1/starter_file_groups/3/download_entries", 200));
        assertFalse(AuditedRequests.audited("GET", "/api/v1/courses/export-notes", 200));
        assertFalse(AuditedRequests.audited("GET", "/api/v1/courses", 200));
    }
}
