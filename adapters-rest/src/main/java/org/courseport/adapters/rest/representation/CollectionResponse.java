package org.courseport.adapters.rest.representation;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.courseport.application.query.Page;
import org.courseport.domain.query.CollectionQuery;

/** The response for a page of any collection: the rows streamed, and with a limit the paging headers. */
public final class CollectionResponse {

    private CollectionResponse() {
    }

    public static <T> Response of(Page<T> page, String name, String itemName,
                                  Function<? super T, Representation> represent, UriInfo uri) {
        CollectionQuery query = page.query();
        RepresentationStream body = new RepresentationStream(name, itemName, query.shownFields(),
                page.listing().map(represent).rows());
        Response.ResponseBuilder response = Response.ok(body);
        if (page.listing().total().isPresent() && query.limit().isPresent()) {
            long total = page.listing().total().getAsLong();
            response.header("X-Total-Count", total);
            response.links(links(uri, query.offset(), query.limit().getAsLong(), total));
        }
        return response.build();
    }

    private static Link[] links(UriInfo uri, long offset, long limit, long total) {
        List<Link> links = new ArrayList<>();
        long lastOffset = limit == 0 || total == 0 ? 0 : ((total - 1) / limit) * limit;
        links.add(link(uri, 0, limit, "first"));
        if (limit > 0 && offset > 0) {
            links.add(link(uri, Math.max(0, offset - limit), limit, "prev"));
        }
        if (limit > 0 && offset + limit < total) {
            links.add(link(uri, offset + limit, limit, "next"));
        }
        links.add(link(uri, lastOffset, limit, "last"));
        return links.toArray(Link[]::new);
    }

    private static Link link(UriInfo uri, long offset, long limit, String rel) {
        return Link.fromUri(uri.getRequestUriBuilder()
                .replaceQueryParam("offset", offset)
                .replaceQueryParam("limit", limit)
                .build()).rel(rel).build();
    }
}
