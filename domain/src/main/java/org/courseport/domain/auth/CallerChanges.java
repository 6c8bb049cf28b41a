package org.courseport.domain.auth;

import java.util.Optional;
import org.courseport.domain.user.UserName;

/**
 * Tells every process on the same store that callers changed (a token revoked or replaced, a user
 * changed), so that each drops what it cached about them. On a store that one process uses alone
 * there is no one else to tell: {@link #SINGLE_PROCESS}.
 */
public interface CallerChanges {

    /** A change to one user's callers, or to everyone's ({@code user} empty). */
    record Change(Optional<UserName> user) {
        public static Change of(UserName user) {
            return new Change(Optional.of(user));
        }

        public static Change everyone() {
            return new Change(Optional.empty());
        }
    }

    /** Who hears the changes other processes announce. */
    interface Listener {
        void changed(Change change);

        /** Changes may be missed from now on (the connection was lost): trust nothing cached. */
        void deaf();

        /** Changes are heard again from now on; any made while deaf were missed. */
        void hearing();
    }

    /** Tells the other processes; they hear it within a second. */
    void announce(Change change);

    /** Starts passing other processes' changes to {@code listener}. */
    void listen(Listener listener);

    /** Stops listening. */
    default void close() {
    }

    /** For a store only this process uses: nothing to tell, and every change is heard. */
    CallerChanges SINGLE_PROCESS = new CallerChanges() {
        @Override
        public void announce(Change change) {
        }

        @Override
        public void listen(Listener listener) {
            listener.hearing();
        }
    };
}
