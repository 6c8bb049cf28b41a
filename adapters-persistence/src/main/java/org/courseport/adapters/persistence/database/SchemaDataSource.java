package org.courseport.adapters.persistence.database;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A host's {@code DataSource} seen through one schema: each connection is switched to the schema
 * when borrowed and switched back when closed, so that a host's pool gets its connections back as
 * it lent them. {@link Connection#setSchema} is {@code SET SCHEMA} on H2 and the
 * {@code search_path} on PostgreSQL, so Courseport's unqualified SQL finds its tables there.
 */
public final class SchemaDataSource implements DataSource {
    private final DataSource host;
    private final String schema;

    public SchemaDataSource(DataSource host, String schema) {
        this.host = Objects.requireNonNull(host, "host");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    public String schema() {
        return schema;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return inSchema(host.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return inSchema(host.getConnection(username, password));
    }

    private Connection inSchema(Connection connection) throws SQLException {
        try {
            String previous = connection.getSchema();
            if (schema.equals(previous)) {
                return connection;
            }
            connection.setSchema(schema);
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    new RestoreOnClose(connection, previous));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Puts the host's schema back before the connection returns to the host's pool. */
    private static final class RestoreOnClose implements InvocationHandler {
        private final Connection connection;
        private final String previous;
        private boolean closed;

        RestoreOnClose(Connection connection, String previous) {
            this.connection = connection;
            this.previous = previous;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    close();
                    return null;
                case "isClosed":
                    return closed || connection.isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        }

        private void close() throws SQLException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (previous != null && !connection.isClosed()) {
                    connection.setSchema(previous);
                }
            } finally {
                connection.close();
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return host.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        host.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        host.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return host.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return host.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : host.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || host.isWrapperFor(type);
    }
}
