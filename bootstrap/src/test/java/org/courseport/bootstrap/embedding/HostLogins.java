package org.courseport.bootstrap.embedding;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;

/**
 * The host LMS's own logins, as an embedding test plays them: its sessions, and its decision which
 * Courseport role each of its people gets. Courseport's API tokens play no part.
 */
final class HostLogins {
    private final Map<String, Caller> sessions = new ConcurrentHashMap<>();

    /** Logs a person of the host in and returns the host's session id. */
    String logIn(String login, UserType role) {
        String session = "lms-session-" + login;
        sessions.put(session, new Caller(new UserName(login), role));
        return session;
    }

    Optional<Caller> caller(String session) {
        return session == null ? Optional.empty() : Optional.ofNullable(sessions.get(session));
    }
}
