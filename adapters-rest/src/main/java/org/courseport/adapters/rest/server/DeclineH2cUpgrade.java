package org.courseport.adapters.rest.server;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpProbe;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Answers a request that offers {@code Upgrade: h2c} as plain HTTP/1.1. The JDK's HttpClient offers
 * that upgrade by default; Grizzly without its HTTP/2 filter then passes the body through unframed and
 * drops response headers (jersey#6059, grizzly#1972). Clearing the upgrade as soon as the header is
 * parsed, before the body is read, makes the request an ordinary one.
 */
final class DeclineH2cUpgrade implements AddOn {

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int index = builder.indexOfType(HttpServerFilter.class);
        ((HttpServerFilter) builder.get(index)).getMonitoringConfig().addProbes(new Probe());
    }

    private static final class Probe extends HttpProbe.Adapter {
        @Override
        public void onHeaderParseEvent(Connection connection, HttpHeader header, int size) {
            if (header.isRequest() && header.isUpgrade() && "h2c".equalsIgnoreCase(header.getUpgrade())) {
                header.setIgnoreContentModifiers(false);
                header.getUpgradeDC().recycle();
                header.getHeaders().removeHeader("Upgrade");
            }
        }
    }
}
