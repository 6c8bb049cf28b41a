package org.courseport.adapters.rest.server;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.courseport.adapters.rest.http.ClientAddress;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;

/**
 * Bounds how many requests may read a body at once. A request with a body takes a slot after it is
 * authenticated (after {@code Authentication}, priority 200, and before anything reads the body,
 * which waits for the route to be matched), so an anonymous client never holds one; when none is free it is answered {@code 503}
 * with {@code Retry-After} at once instead of waiting for a worker. The slot is given back when the
 * body has been read to its end (or to its declared length: a reader that stops at its format's own end, as an
 * archive's does, never asks for more), so a fast client holds it for a moment; and in any case by the
 * Grizzly handler around Jersey when the request is over, whatever happened to it. A client that
 * asked {@code Expect: 100-continue} is told to continue only once it has a slot, so a refused one
 * never sends its body at all (Grizzly would say continue before any filter ran).
 */
@PreMatching
@Priority(250)
final class BodySlots implements ContainerRequestFilter {
    /** Jersey's Grizzly container keeps request properties as Grizzly request attributes: the handler's ticket is seen here. */
    private static final String TICKET = BodySlots.class.getName() + ".ticket";
    private static final long RETRY_AFTER_SECONDS = 2;

    private final Semaphore slots;

    BodySlots(int slots) {
        this.slots = new Semaphore(slots);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Object ticket = request.getProperty(TICKET);
        // Judged by the headers: Jersey's hasEntity() would block reading the first byte.
        boolean hasBody = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (!hasBody || !(ticket instanceof Ticket t)) {
            return;
        }
        if (!t.take()) {
            throw new ServiceUnavailableException(RETRY_AFTER_SECONDS);
        }
        t.acknowledge();
        request.setEntityStream(new GivenBackAtEnd(request.getEntityStream(), t, request.getLength()));
    }

    /** Jersey's container, with a ticket per request that returns the slot the request took, if any, when it ends. */
    HttpHandler around(HttpHandler jersey) {
        return new HttpHandler(jersey.getName()) {
            @Override
            public void start() {
                jersey.start();
            }

            @Override
            public void destroy() {
                jersey.destroy();
            }

            @Override
            protected boolean sendAcknowledgment(Request request, Response response) throws IOException {
                // 100-continue waits for the ticket; any other expectation Grizzly refuses with 417
                return isContinue(request) || super.sendAcknowledgment(request, response);
            }

            @Override
            public void service(Request request, Response response) throws Exception {
                Ticket ticket = new Ticket(isContinue(request) ? response : null);
                request.setAttribute(TICKET, ticket);
                request.setAttribute(ClientAddress.PROPERTY, request.getRemoteAddr());
                try {
                    jersey.service(request, response);
                } finally {
                    ticket.giveBack();
                }
            }
        };
    }

    private static boolean isContinue(Request request) {
        return "100-continue".equalsIgnoreCase(request.getHeader(Header.Expect));
    }

    /** One request's claim on a slot. Its body may be read on another thread than the request's (an import's). */
    private final class Ticket {
        private final AtomicBoolean held = new AtomicBoolean();
        /** The response to send {@code 100 Continue} on, while the client waits for it. */
        private Response awaitingContinue;

        Ticket(Response awaitingContinue) {
            this.awaitingContinue = awaitingContinue;
        }

        void acknowledge() {
            if (awaitingContinue != null) {
                try {
                    awaitingContinue.setStatus(HttpStatus.CONINTUE_100);
                    awaitingContinue.sendAcknowledgement();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                awaitingContinue = null;
            }
        }

        boolean take() {
            return held.get() || slots.tryAcquire() && held.compareAndSet(false, true);
        }

        void giveBack() {
            if (held.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }

    /** The body stream, giving the slot back once it reports its end or its declared length has been read. */
    private static final class GivenBackAtEnd extends FilterInputStream {
        private final Ticket ticket;
        /** Bytes still to come by the Content-Length header; negative when the body is chunked. */
        private long remaining;

        GivenBackAtEnd(InputStream body, Ticket ticket, long declaredLength) {
            super(body);
            this.ticket = ticket;
            this.remaining = declaredLength;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            counted(read < 0 ? -1 : 1);
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            counted(read);
            return read;
        }

        private void counted(int read) {
            if (read > 0 && remaining > 0) {
                remaining -= read;
            }
            if (read < 0 || remaining == 0) {
                ticket.giveBack();
            }
        }
    }
}
