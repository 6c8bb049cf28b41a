package org.courseport.adapters.rest.server;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.courseport.adapters.rest.http.CourseportPaths;
import org.courseport.domain.error.LimitExceeded;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.media.multipart.MultiPartProperties;

/**
 * The bounds on request bodies: multipart spooled into the data directory (never the system's temp
 * directory) with a bounded number of parts, and every body capped in size while it is read, by its
 * route's limit, before the parameter reader or a route can read or spool more.
 */
public final class UploadLimits implements Feature {
    /** The longest parameter list (an assignment's 23 attributes), repeated members, and a file. */
    private static final int MAX_PARTS = 64;
    /**
     * Any other body: parameters, or a test result's text sent as a file (at most 32 MiB of UTF-8), with
     * room for the fields around it. Form and JSON bodies have their own, smaller cap, as they are held in memory.
     */
    private static final long MAX_OTHER_BODY = 40L << 20;
    private static final Pattern SUBMISSION_FILES = Pattern.compile("api/v1/assignments/[^/]+/groups/[^/]+/submission_files");

    private final Path spoolDirectory;
    private final long maxArchiveBytes;
    private final long maxSubmissionFileBytes;

    public UploadLimits(Path spoolDirectory, long maxArchiveBytes, long maxSubmissionFileBytes) {
        this.spoolDirectory = spoolDirectory;
        this.maxArchiveBytes = maxArchiveBytes;
        this.maxSubmissionFileBytes = maxSubmissionFileBytes;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(MultiPartFeature.class);
        context.register(new MultiPartProperties().tempDir(spoolDirectory.toString()).maxParts(MAX_PARTS).resolver());
        context.register(new BodyLimit(maxArchiveBytes, maxSubmissionFileBytes));
        return true;
    }

    /**
     * Refuses a body over its route's limit: at once by its Content-Length, else when the limit is
     * crossed. Runs once the route is matched, before {@code ParameterReader} (an entity coder).
     */
    @Priority(300)
    static final class BodyLimit implements ContainerRequestFilter {
        private final long maxArchive;
        private final long maxSubmissionFile;

        BodyLimit(long maxArchive, long maxSubmissionFile) {
            this.maxArchive = maxArchive;
            this.maxSubmissionFile = maxSubmissionFile;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (!request.hasEntity() || !CourseportPaths.isCourseport(request)) {
                return;
            }
            String path = request.getUriInfo().getPath(false);
            if (path.startsWith("api/v1/import/")) {
                cap(request, maxArchive, "import-max-archive-bytes");
            } else if (SUBMISSION_FILES.matcher(path).matches()) {
                cap(request, maxSubmissionFile, "max-submission-file-bytes");
            } else {
                cap(request, MAX_OTHER_BODY, "for parameters and test results");
            }
        }

        private static void cap(ContainerRequestContext request, long max, String limit) {
            if (request.getLength() > max) {
                throw tooLarge(max, limit);
            }
            request.setEntityStream(new Capped(request.getEntityStream(), max, limit));
        }

        private static LimitExceeded tooLarge(long max, String limit) {
            return new LimitExceeded("the request body is larger than " + max + " bytes (limit " + limit + ", "
                    + HttpHeaders.CONTENT_LENGTH + " or bytes sent)");
        }

        private static final class Capped extends FilterInputStream {
            private final long max;
            private final String limit;
            private long read;

            Capped(InputStream in, long max, String limit) {
                super(in);
                this.max = max;
                this.limit = limit;
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > max) {
                    throw tooLarge(max, limit);
                }
            }
        }
    }
}
