package org.courseport.adapters.persistence.auth;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.courseport.domain.auth.CallerChanges;
import org.courseport.domain.user.UserName;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caller changes between the processes on one PostgreSQL database, by {@code NOTIFY}: an announcement is
 * one {@code pg_notify}; a listener thread holds one connection of the pool that {@code LISTEN}s, and waits
 * for notifications a quarter of a second at a time. A lost connection makes the listeners deaf (their caches
 * keep nothing) until a new one listens again; every few seconds an idle connection is checked, so that a
 * connection that died silently is noticed. The payload names the schema, so that several Courseport
 * schemas in one database each hear only their own.
 */
public final class PostgresCallerChanges implements CallerChanges {
    static final String CHANNEL = "courseport_callers";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresCallerChanges.class);
    private static final int WAIT_MILLIS = 250;
    private static final long CHECK_MILLIS = Duration.ofSeconds(5).toMillis();
    private static final long RETRY_MILLIS = 500;
    private static final String EVERYONE = "*";

    private final Jdbi jdbi;
    private final String schema;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private Thread thread;

    public PostgresCallerChanges(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.schema = jdbi.withHandle(h -> h.createQuery("select current_schema()").mapTo(String.class).one());
    }

    @Override
    public void announce(Change change) {
        String payload = schema + " " + change.user().map(UserName::value).orElse(EVERYONE);
        jdbi.useHandle(h -> h.createQuery("select 1 from (select pg_notify(:channel, :payload)) sent")
                .bind("channel", CHANNEL).bind("payload", payload).mapTo(Integer.class).one());
    }

    @Override
    public synchronized void listen(Listener listener) {
        listeners.add(listener);
        if (thread == null && !closed) {
            thread = new Thread(this::listenUntilClosed, "courseport-caller-changes");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void close() {
        Thread listening;
        synchronized (this) {
            closed = true;
            listening = thread;
        }
        if (listening != null) {
            listening.interrupt();
            try {
                listening.join(Duration.ofSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void listenUntilClosed() {
        while (!closed) {
            try (Handle handle = jdbi.open()) {
                handle.execute("listen " + CHANNEL);
                listeners.forEach(Listener::hearing);
                hear(handle);
            } catch (RuntimeException | java.sql.SQLException e) {
                if (!closed) {
                    LOG.warn("lost the connection that hears revoked tokens; trusting no cached token until it is back: {}",
                            e.toString());
                }
            } finally {
                listeners.forEach(Listener::deaf);
            }
            pause();
        }
    }

    private void hear(Handle handle) throws java.sql.SQLException {
        PGConnection connection = handle.getConnection().unwrap(PGConnection.class);
        long checked = System.currentTimeMillis();
        while (!closed) {
            PGNotification[] notifications = connection.getNotifications(WAIT_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    deliver(notification.getParameter());
                }
            }
            long now = System.currentTimeMillis();
            if (now - checked >= CHECK_MILLIS) {
                handle.createQuery("select 1").mapTo(Integer.class).one();
                checked = now;
            }
        }
    }

    private void deliver(String payload) {
        int space = payload.indexOf(' ');
        if (space < 0 || !payload.substring(0, space).equals(schema)) {
            return;
        }
        String user = payload.substring(space + 1);
        Change change = user.equals(EVERYONE) ? Change.everyone() : Change.of(new UserName(user));
        listeners.forEach(listener -> listener.changed(change));
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
