package org.courseport.adapters.rest.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RequestHeadTest {

    @Test
    void aLongPathIsJudgedWithoutOverflowingTheStack() {
        assertEquals(Optional.empty(), RequestHead.refusal("/api/v1/users/" + "9x".repeat(50_000), "localhost", List.of()));
        assertEquals(Optional.empty(), RequestHead.refusal("/" + "%41".repeat(50_000), "localhost", List.of()));
        assertTrue(RequestHead.refusal("/" + "a".repeat(50_000) + " ", "localhost", List.of()).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/users/1.xml", "/a:b@c/d;e=f", "/%2F%20", "/~user/(x)*+,!$&'"})
    void uriPathsPass(String path) {
        assertEquals(Optional.empty(), RequestHead.refusal(path, "example.org:8080", List.of("Accept", "X-Request-Id")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "api", "/a b", "/a%", "/a%4", "/a%zz", "/a\u0001", "/é", "/a\"b", "/a<b>", "/a\\b"})
    void otherPathsAreRefused(String path) {
        assertTrue(RequestHead.refusal(path, "localhost", List.of()).orElseThrow().contains("path"), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1:8080", "example.org:", "[::1]", "[::1]:8080", "xn--bcher-kva.example",
            "a%41b"})
    void hostsPass(String host) {
        assertEquals(Optional.empty(), RequestHead.refusal("/", host, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local host", "a:b:c", "host:80x", "[::1", "[zz]", "a/b", "a%4"})
    void otherHostsAreRefused(String host) {
        assertTrue(RequestHead.refusal("/", host, List.of()).orElseThrow().contains("Host"), host);
    }

    @Test
    void aHeaderNameThatIsNoTokenIsRefused() {
        assertTrue(RequestHead.refusal("/", "localhost", List.of("Bad Name")).orElseThrow().contains("header name"));
        assertEquals(Optional.empty(), RequestHead.refusal("/", null, List.of("X-Custom_Header!")));
    }
}
