package org.courseport.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.courseport.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;

class WebhookProofTest {
    private static final WebhookSecret GITHUB_SECRET = new WebhookSecret("It's a Secret to Everybody");
    private static final byte[] GITHUB_BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    private static final String GITHUB_SIGNATURE = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    @Test
    void githubsPublishedVector() {
        assertEquals(GITHUB_SIGNATURE, WebhookProof.hmacSha256Hex(GITHUB_SECRET, GITHUB_BODY));
        assertTrue(new WebhookProof("sha256=" + GITHUB_SIGNATURE, null).verifies(GitProvider.GITHUB, GITHUB_SECRET, GITHUB_BODY));
        assertTrue(new WebhookProof("sha256=" + GITHUB_SIGNATURE, null).verifies(GitProvider.GENERIC, GITHUB_SECRET, GITHUB_BODY));
    }

    @Test
    void aWrongMissingOrMisplacedSignatureFails() {
        String flipped = GITHUB_SIGNATURE.substring(0, 63) + "f";
        assertFalse(new WebhookProof("sha256=" + flipped, null).verifies(GitProvider.GITHUB, GITHUB_SECRET, GITHUB_BODY));
        assertFalse(new WebhookProof(GITHUB_SIGNATURE, null).verifies(GitProvider.GITHUB, GITHUB_SECRET, GITHUB_BODY));
        assertFalse(new WebhookProof(null, null).verifies(GitProvider.GITHUB, GITHUB_SECRET, GITHUB_BODY));
        assertFalse(new WebhookProof("sha256=" + GITHUB_SIGNATURE, null)
                .verifies(GitProvider.GITHUB, GITHUB_SECRET, "Hello, World?".getBytes(StandardCharsets.UTF_8)));
        // a GitLab source takes its token header only
        assertFalse(new WebhookProof("sha256=" + GITHUB_SIGNATURE, null).verifies(GitProvider.GITLAB, GITHUB_SECRET, GITHUB_BODY));
    }

    @Test
    void gitlabSendsTheSecretItself() {
        WebhookSecret secret = WebhookSecret.random(new SecureRandom());
        assertTrue(new WebhookProof(null, secret.reveal()).verifies(GitProvider.GITLAB, secret, new byte[0]));
        assertFalse(new WebhookProof(null, secret.reveal() + "x").verifies(GitProvider.GITLAB, secret, new byte[0]));
        assertFalse(new WebhookProof(null, null).verifies(GitProvider.GITLAB, secret, new byte[0]));
    }

    @Test
    void secretsAndCredentialsHideInTheirText() {
        WebhookSecret secret = WebhookSecret.random(new SecureRandom());
        FetchCredential credential = new FetchCredential("glpat-abcdef");
        assertFalse(secret.toString().contains(secret.reveal()));
        assertFalse(credential.toString().contains("glpat"));
        assertEquals("oauth2", credential.user(GitProvider.GITLAB));
        assertEquals("robot", new FetchCredential("robot:tok").user(GitProvider.GITHUB));
        assertEquals("tok", new FetchCredential("robot:tok").token());
    }

    @Test
    void repositoryUrlsAreHttpsOrLoopbackHttpWhenAllowed() {
        assertEquals("https://github.com/mitx/circuits.git", RepositoryUrl.parse("https://github.com/mitx/circuits.git", false).toString());
        assertThrows(InvalidInput.class, () -> RepositoryUrl.parse("file:///etc", true));
        assertThrows(InvalidInput.class, () -> RepositoryUrl.parse("/srv/git/course.git", true));
        assertThrows(InvalidInput.class, () -> RepositoryUrl.parse("http://127.0.0.1:9/x.git", false));
        assertThrows(InvalidInput.class, () -> RepositoryUrl.parse("http://example.com/x.git", true));
        assertThrows(InvalidInput.class, () -> RepositoryUrl.parse("https://user:pw@github.com/x.git", false));
        assertEquals("http://127.0.0.1:9/x.git", RepositoryUrl.parse("http://127.0.0.1:9/x.git", true).toString());
    }

    @Test
    void branchesAndPathsAreChecked() {
        assertThrows(InvalidInput.class, () -> new BranchName("../etc"));
        assertThrows(InvalidInput.class, () -> new BranchName("a b"));
        assertEquals("refs/heads/release/2026", new BranchName("release/2026").ref());
        assertEquals("", SourcePath.parse("/").folder());
        assertEquals("courses/circuits", SourcePath.parse("/courses/circuits/").folder());
        assertThrows(InvalidInput.class, () -> SourcePath.parse("../up"));
    }
}
