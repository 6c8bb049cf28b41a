package org.courseport.adapters.rest.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courseport.adapters.rest.error.ProblemJson;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Grizzly's HTTP codec, with two changes. It refuses a request whose {@code Transfer-Encoding} it
 * would mis-frame ({@link TransferCodings}) before anything reads the body (Grizzly on its own
 * decodes any value that starts with {@code chunked} and treats any other as no body at all), and
 * one whose path, host or header names are malformed ({@link RequestHead}). And the
 * codec's own refusals (a malformed request line or header, headers over the size limit, a bad chunk,
 * an unsupported HTTP version) carry a problem document instead of an empty body. Everything else,
 * keep-alive included, is the stock codec built as Grizzly builds it.
 */
final class StrictHttpCodec implements AddOn {
    private static final String REFUSAL = StrictHttpCodec.class.getName() + ".refusal";

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int index = builder.indexOfType(HttpServerFilter.class);
        HttpServerFilter stock = (HttpServerFilter) builder.get(index);
        builder.set(index, new Codec(listener, stock));
    }

    private static final class Codec extends HttpServerFilter {

        @SuppressWarnings("deprecation") // the constructor HttpServer itself uses
        Codec(NetworkListener listener, HttpServerFilter stock) {
            super(listener.isChunkingEnabled(), listener.getMaxHttpHeaderSize() == -1 ? DEFAULT_MAX_HTTP_PACKET_HEADER_SIZE
                    : listener.getMaxHttpHeaderSize(), null, listener.getKeepAlive(), null, listener.getMaxRequestHeaders(),
                    listener.getMaxResponseHeaders());
            for (ContentEncoding encoding : stock.getContentEncodings()) {
                addContentEncoding(encoding);
            }
            setAllowPayloadForUndefinedHttpMethods(stock.isAllowPayloadForUndefinedHttpMethods());
            setMaxPayloadRemainderToSkip(stock.getMaxPayloadRemainderToSkip());
            getMonitoringConfig().addProbes(stock.getMonitoringConfig().getProbes());
        }

        @Override
        protected boolean onHttpHeaderParsed(HttpHeader header, Buffer buffer, FilterChainContext ctx) {
            if (super.onHttpHeaderParsed(header, buffer, ctx)) {
                return true;
            }
            HttpRequestPacket request = (HttpRequestPacket) header;
            Optional<TransferCodings.Refusal> refusal = RequestHead.refusal(request.getRequestURI(), request.getHeader(Header.Host), request.getHeaders().names())
                    .map(detail -> new TransferCodings.Refusal(400, detail))
                    .or(() -> TransferCodings.judge(transferCodings(request)));
            refusal.ifPresent(r -> {
                HttpStatus.getHttpStatus(r.status()).setValues(request.getResponse());
                request.setAttribute(REFUSAL, r.detail());
            });
            // true makes the codec answer with the status set above and close the connection
            return refusal.isPresent();
        }

        private static List<String> transferCodings(HttpRequestPacket request) {
            List<String> values = new ArrayList<>();
            request.getHeaders().values(Header.TransferEncoding).forEach(values::add);
            return values;
        }

        @Override
        protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
            int status = response.getStatus();
            Object detail = response.getRequest().getAttribute(REFUSAL);
            byte[] problem = ProblemJson.write(status, kind(status), response.getHttpStatus().getReasonPhrase(),
                    detail != null ? detail.toString() : detail(status));
            response.setContentType("application/problem+json");
            response.setContentLength(problem.length);
            return HttpContent.builder(response).content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, problem)).last(true).build();
        }

        private static String kind(int status) {
            return switch (status) {
                case 501 -> "not-implemented";
                case 505 -> "http-version-not-supported";
                default -> "bad-request";
            };
        }

        private static String detail(int status) {
            return status == 505 ? "the server speaks HTTP/1.0 and HTTP/1.1"
                    : "the request is not well-formed HTTP/1.1: a malformed request line, header or chunk, "
                    + "or headers larger than the server accepts";
        }
    }
}
