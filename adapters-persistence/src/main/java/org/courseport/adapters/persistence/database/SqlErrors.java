package org.courseport.adapters.persistence.database;

import java.sql.SQLException;
import java.util.Optional;
import org.courseport.domain.error.Conflict;

/** Turns the constraint violations both databases report by SQLState into domain conflicts. */
public final class SqlErrors {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private SqlErrors() {
    }

    /** Runs the statement; a duplicate key or a still-referenced row becomes a {@link Conflict} with that message. */
    public static <T> T conflictOn(String message, java.util.function.Supplier<T> statement) {
        try {
            return statement.get();
        } catch (RuntimeException e) {
            Optional<String> state = sqlState(e);
            if (state.isPresent() && (state.get().equals(UNIQUE_VIOLATION) || state.get().equals(FOREIGN_KEY_VIOLATION))) {
                throw new Conflict(message);
            }
            throw e;
        }
    }

    public static boolean isUniqueViolation(Throwable e) {
        return sqlState(e).filter(UNIQUE_VIOLATION::equals).isPresent();
    }

    private static Optional<String> sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
