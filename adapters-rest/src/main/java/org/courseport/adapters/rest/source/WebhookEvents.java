package org.courseport.adapters.rest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.source.GitProvider;
import org.courseport.domain.source.WebhookEvent;

/**
 * Reads what a verified delivery says: GitHub's {@code X-GitHub-Event} and push payload (JSON, or the
 * form GitHub sends when told to, {@code payload=<json>}), GitLab's {@code X-Gitlab-Event}.
 */
final class WebhookEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_COMMIT = "0".repeat(40);

    private WebhookEvents() {
    }

    static WebhookEvent read(GitProvider provider, HttpHeaders headers, byte[] body) {
        String name = Optional.ofNullable(headers.getHeaderString(provider == GitProvider.GITLAB ? "X-Gitlab-Event"
                : "X-GitHub-Event")).orElse("(none)");
        WebhookEvent.Kind kind = switch (provider) {
            case GITLAB -> name.equals("Push Hook") ? WebhookEvent.Kind.PUSH
                    : name.equals("Tag Push Hook") ? WebhookEvent.Kind.PUSH : WebhookEvent.Kind.OTHER;
            case GITHUB, GENERIC -> name.equals("push") ? WebhookEvent.Kind.PUSH
                    : name.equals("ping") ? WebhookEvent.Kind.PING : WebhookEvent.Kind.OTHER;
        };
        if (kind != WebhookEvent.Kind.PUSH) {
            return new WebhookEvent(kind, name, Optional.empty(), false);
        }
        JsonNode push = payload(headers.getMediaType(), body);
        String after = push.path("after").asText("");
        boolean deleted = push.path("deleted").asBoolean(false) || after.equals(NO_COMMIT);
        return new WebhookEvent(kind, name, Optional.ofNullable(push.path("ref").textValue()), deleted);
    }

    private static JsonNode payload(MediaType type, byte[] body) {
        try {
            if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
                for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
                    if (pair.startsWith("payload=")) {
                        return JSON.readTree(URLDecoder.decode(pair.substring("payload=".length()), StandardCharsets.UTF_8));
                    }
                }
                throw new InvalidInput("the form-encoded delivery has no payload field");
            }
            return JSON.readTree(body);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInput("the delivery's payload is not JSON");
        }
    }
}
