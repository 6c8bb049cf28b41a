package org.courseport.adapters.rest.user;

import static org.courseport.adapters.rest.http.Formats.CSV_THIRD;
import static org.courseport.adapters.rest.http.Formats.JSON_SECOND;
import static org.courseport.adapters.rest.http.Formats.XML_PREFERRED;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.adapters.rest.representation.RepresentationStream;
import org.courseport.application.auth.CreateToken;
import org.courseport.application.auth.IssuedToken;
import org.courseport.application.auth.ListTokens;
import org.courseport.application.auth.RevokeToken;
import org.courseport.domain.auth.NewToken;
import org.courseport.domain.auth.Scope;
import org.courseport.domain.auth.TokenId;
import org.courseport.domain.auth.TokenInfo;
import org.courseport.domain.auth.TokenName;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.user.UserId;

/** A user's named tokens: make one (its secret shown once), list them (never a secret), revoke one. */
@Path("api/v1/users/{id}/tokens")
@Produces({XML_PREFERRED, JSON_SECOND})
public final class TokensResource {
    private static final List<String> FIELDS = List.of("id", "name", "scopes", "courses", "created_at", "expires_at",
            "last_used_at");

    private final CreateToken createToken;
    private final ListTokens listTokens;
    private final RevokeToken revokeToken;

    public TokensResource(CreateToken createToken, ListTokens listTokens, RevokeToken revokeToken) {
        this.createToken = createToken;
        this.listTokens = listTokens;
        this.revokeToken = revokeToken;
    }

    @GET
    @Produces({XML_PREFERRED, JSON_SECOND, CSV_THIRD})
    public RepresentationStream list(@Context ContainerRequestContext request, @PathParam("id") String id) {
        List<TokenInfo> tokens = listTokens.list(Authentication.caller(request), UserId.parse(id));
        return new RepresentationStream("tokens", "token", FIELDS,
                sink -> tokens.stream().map(TokensResource::representation).forEach(sink));
    }

    @POST
    @Accepts({"name", "scopes", "courses", "expires_at"})
    public Response create(@Context ContainerRequestContext request, @Context UriInfo uri, @PathParam("id") String id) {
        Params params = Params.of(request);
        UserId user = UserId.parse(id);
        NewToken asked = new NewToken(new TokenName(params.required("name")),
                words(params, "scopes").map(w -> Scope.parseList(String.join(" ", w))),
                words(params, "courses").map(w -> w.stream().map(CourseId::parse).collect(Collectors.toSet())),
                params.optional("expires_at").filter(s -> !s.isBlank()).map(TokensResource::instant));
        IssuedToken issued = createToken.create(Authentication.caller(request), user, asked);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/users/{id}/tokens/{token}")
                        .build(user.value(), issued.info().id().value()))
                .header("Cache-Control", "no-store")
                .entity(representation(issued.info()).with("token", issued.secret().reveal()))
                .build();
    }

    @DELETE
    @Path("{token}")
    @Accepts
    public Response revoke(@Context ContainerRequestContext request, @PathParam("id") String id,
                           @PathParam("token") String token) {
        revokeToken.revoke(Authentication.caller(request), UserId.parse(id), TokenId.parse(token));
        return Response.noContent().build();
    }

    /** A token on the wire: scopes and courses space separated, as OAuth writes scopes; no courses is every course. */
    static Representation representation(TokenInfo token) {
        return Representation.of("token")
                .with("id", token.id().value())
                .with("name", token.grant().name().value())
                .with("scopes", Scope.list(token.grant().scopes()))
                .with("courses", token.grant().courses().map(TokensResource::courseList).orElse(null))
                .with("created_at", token.createdAt())
                .with("expires_at", token.grant().expiresAt().orElse(null))
                .with("last_used_at", token.lastUsedAt().orElse(null));
    }

    private static String courseList(Set<CourseId> courses) {
        return courses.stream().map(CourseId::value).sorted().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** A repeated, comma or space separated parameter; empty when not given. */
    private static Optional<List<String>> words(Params params, String name) {
        List<String> words = params.list(name).stream().flatMap(v -> List.of(v.split("\\s+")).stream())
                .filter(w -> !w.isEmpty()).toList();
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.field("expires_at", "must be a UTC time such as 2027-01-01T00:00:00Z");
        }
    }
}
