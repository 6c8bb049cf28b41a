package org.courseport.domain.source;

import java.util.Arrays;
import java.util.Locale;
import org.courseport.domain.error.InvalidInput;

/** Who sends a source's webhooks, which decides how a delivery proves itself. */
public enum GitProvider {
    /** {@code X-Hub-Signature-256}: an HMAC-SHA256 of the body keyed by the secret. */
    GITHUB,
    /** {@code X-Gitlab-Token}: the secret itself. */
    GITLAB,
    /** GitHub's header and body shape, from any server that can sign its hooks. */
    GENERIC;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GitProvider parse(String text) {
        return Arrays.stream(values()).filter(p -> p.wireName().equals(text)).findFirst()
                .orElseThrow(() -> InvalidInput.field("provider", "is one of github, gitlab, generic"));
    }
}
