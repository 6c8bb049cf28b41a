package org.courseport.adapters.rest.server;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.courseport.adapters.rest.error.ProblemJson;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Grizzly answers when something fails outside Jersey's exception mapping: a problem document
 * instead of its HTML page, which shows the stack trace to the client.
 */
final class ProblemErrorPages implements ErrorPageGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorPages.class);

    @Override
    public String generate(Request request, int status, String reasonPhrase, String description, Throwable exception) {
        String detail = reasonPhrase;
        if (exception != null) {
            String reference = UUID.randomUUID().toString();
            LOG.error("unexpected failure outside the application, reference {}", reference, exception);
            detail = "the server failed; quote reference " + reference + " when reporting it";
        }
        request.getResponse().setContentType("application/problem+json");
        return new String(ProblemJson.write(status, status >= 500 ? "internal-error" : "http-" + status, reasonPhrase, detail),
                StandardCharsets.UTF_8);
    }
}
