package org.courseport.adapters.persistence.grading;

import java.util.Locale;
import java.util.function.Supplier;
import org.courseport.adapters.persistence.database.SqlErrors;

/** Which constraint a failed statement broke, read from the message both databases write with its name. */
final class Constraints {
    /** Enough for a write racing another write of the same key: the loser sees the winner's row next time. */
    private static final int ATTEMPTS = 5;

    private Constraints() {
    }

    static boolean uniqueViolated(RuntimeException failure, String constraint) {
        if (!SqlErrors.isUniqueViolation(failure)) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs an update-else-insert until it holds: an insert that loses a race to a concurrent insert of
     * the same key breaks the unique constraint, and the next attempt updates the winner's row instead.
     */
    static <T> T upsert(String constraint, Supplier<T> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (i >= ATTEMPTS || !uniqueViolated(e, constraint)) {
                    throw e;
                }
            }
        }
    }
}
