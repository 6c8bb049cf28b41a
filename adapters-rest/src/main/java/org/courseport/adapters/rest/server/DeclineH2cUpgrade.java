package org.courseport.adapters.rest.server;

import java.io.IOException;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents.IncomingHttpUpgradeEvent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Answers a request that offers {@code Upgrade: h2c} as plain HTTP/1.1. The JDK's HttpClient offers
 * that upgrade by default; Grizzly without its HTTP/2 filter then reads the body unframed and drops
 * response headers (jersey#6059, grizzly#1972). The codec announces the upgrade with an event before
 * it looks at the body's framing; clearing the upgrade there makes the request an ordinary one.
 *
 * <p>A host serving Courseport on its own Grizzly server registers it before starting the server:
 * {@code DeclineH2cUpgrade.registerOn(server)}, or {@code listener.registerAddOn(new DeclineH2cUpgrade())}.
 */
public final class DeclineH2cUpgrade implements AddOn {

    /** Adds the add-on to every listener of a server that has not started yet. */
    public static void registerOn(HttpServer server) {
        for (NetworkListener listener : server.getListeners()) {
            listener.registerAddOn(new DeclineH2cUpgrade());
        }
    }

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        builder.add(builder.indexOfType(HttpServerFilter.class) + 1, new Decline());
    }

    private static final class Decline extends BaseFilter {
        @Override
        public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
            if (event.type() == IncomingHttpUpgradeEvent.TYPE) {
                HttpHeader header = ((IncomingHttpUpgradeEvent) event).getHttpHeader();
                if ("h2c".equalsIgnoreCase(header.getUpgrade())) {
                    header.setIgnoreContentModifiers(false);
                    header.getUpgradeDC().recycle();
                }
            }
            return ctx.getInvokeAction();
        }
    }
}
