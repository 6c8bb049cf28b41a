package org.courseport.adapters.rest.representation;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.courseport.application.query.Page;
import org.courseport.application.query.Paging;
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
        Paging paging = Paging.of(offset, limit, total);
        List<Link> links = new ArrayList<>();
        links.add(link(uri, paging.first(), limit, "first"));
        paging.prev().ifPresent(prev -> links.add(link(uri, prev, limit, "prev")));
        paging.next().ifPresent(next -> links.add(link(uri, next, limit, "next")));
        links.add(link(uri, paging.last(), limit, "last"));
        return links.toArray(Link[]::new);
    }

    private static Link link(UriInfo uri, long offset, long limit, String rel) {
        return Link.fromUri(uri.getRequestUriBuilder()
                .replaceQueryParam("offset", offset)
                .replaceQueryParam("limit", limit)
                .build()).rel(rel).build();
    }
}
