package org.courseport.adapters.rest.course;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.courseport.domain.error.LimitExceeded;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.media.multipart.MultiPartProperties;

/**
 * What course uploads need from Jersey: multipart, spooled into the data directory (never the
 * system's temp directory) with few parts, and every upload body capped in size while it is read,
 * before Jersey's multipart reader can spool more.
 */
public final class CourseUploads implements Feature {
    /** A file field and a few small ones (wait, a note) are all an import form needs. */
    private static final int MAX_PARTS = 8;

    private final Path spoolDirectory;
    private final long maxBodyBytes;

    public CourseUploads(Path spoolDirectory, long maxBodyBytes) {
        this.spoolDirectory = spoolDirectory;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(MultiPartFeature.class);
        context.register(new MultiPartProperties().tempDir(spoolDirectory.toString()).maxParts(MAX_PARTS).resolver());
        context.register(new BodyLimit(maxBodyBytes));
        return true;
    }

    /** Refuses an import body over the limit: at once by its Content-Length, else when the limit is crossed. */
    @Priority(300)
    static final class BodyLimit implements ContainerRequestFilter {
        private final long max;

        BodyLimit(long max) {
            this.max = max;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            String path = request.getUriInfo().getPath(false);
            if (!path.startsWith("api/v1/import/") || !request.hasEntity()) {
                return;
            }
            if (request.getLength() > max) {
                throw tooLarge();
            }
            MediaType type = request.getMediaType();
            if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
                request.setEntityStream(new Capped(request.getEntityStream()));
            }
        }

        private LimitExceeded tooLarge() {
            return new LimitExceeded("the request body is larger than " + max + " bytes (limit max-archive-bytes, "
                    + HttpHeaders.CONTENT_LENGTH + " or bytes sent)");
        }

        private final class Capped extends FilterInputStream {
            private long read;

            Capped(InputStream in) {
                super(in);
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
                    throw tooLarge();
                }
            }
        }
    }
}
