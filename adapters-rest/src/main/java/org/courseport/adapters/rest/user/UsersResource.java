package org.courseport.adapters.rest.user;

import static org.courseport.adapters.rest.http.Formats.CSV_THIRD;
import static org.courseport.adapters.rest.http.Formats.JSON_SECOND;
import static org.courseport.adapters.rest.http.Formats.XML_PREFERRED;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.CollectionResponse;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.application.auth.IssueToken;
import org.courseport.application.user.CreateUser;
import org.courseport.application.user.DeleteUser;
import org.courseport.application.user.GetUser;
import org.courseport.application.user.ListUsers;
import org.courseport.application.user.UpdateUser;
import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserChanges;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;

/** The users routes. */
@Path("api/v1/users")
@Produces({XML_PREFERRED, JSON_SECOND})
public final class UsersResource {
    private final ListUsers listUsers;
    private final GetUser getUser;
    private final CreateUser createUser;
    private final UpdateUser updateUser;
    private final DeleteUser deleteUser;
    private final IssueToken issueToken;

    public UsersResource(ListUsers listUsers, GetUser getUser, CreateUser createUser, UpdateUser updateUser,
                         DeleteUser deleteUser, IssueToken issueToken) {
        this.listUsers = listUsers;
        this.getUser = getUser;
        this.createUser = createUser;
        this.updateUser = updateUser;
        this.deleteUser = deleteUser;
        this.issueToken = issueToken;
    }

    @GET
    @Produces({XML_PREFERRED, JSON_SECOND, CSV_THIRD})
    public Response list(@Context ContainerRequestContext request, @Context UriInfo uri) {
        return CollectionResponse.of(listUsers.list(Authentication.caller(request), Params.of(request).collection()),
                "users", "user", UserRepresentation::from, uri);
    }

    @POST
    @UserAttributes
    public Response create(@Context ContainerRequestContext request, @Context UriInfo uri) {
        Params params = Params.of(request);
        NewUser user = new NewUser(new UserName(params.required("user_name")), UserType.parse(params.required("type")),
                new PersonalDetails(params.get("first_name"), params.get("last_name"), params.get("email"),
                        params.get("section_name"), params.optionalInt("grace_credits").orElse(0)));
        User created = createUser.create(Authentication.caller(request), user);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/users/{id}").build(created.id().value()))
                .entity(UserRepresentation.from(created)).build();
    }

    @GET
    @Path("{id}")
    public Representation get(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return one(Authentication.caller(request), id);
    }

    /** One user as {@code caller} may see it: the answer of {@link #get}, also served beside Jersey. */
    public Representation one(Caller caller, String id) {
        return UserRepresentation.from(getUser.get(caller, UserId.parse(id)));
    }

    @PUT
    @Path("{id}")
    @UserAttributes
    public Representation update(@Context ContainerRequestContext request, @PathParam("id") String id) {
        Params params = Params.of(request);
        UserChanges changes = new UserChanges(
                params.optional("user_name").map(UserName::new),
                params.optional("type").map(UserType::parse),
                params.optional("first_name"),
                params.optional("last_name"),
                params.optional("email"),
                params.optional("section_name"),
                params.optionalInt("grace_credits"));
        return UserRepresentation.from(updateUser.update(Authentication.caller(request), UserId.parse(id), changes));
    }

    @DELETE
    @Path("{id}")
    @Accepts
    public Response delete(@Context ContainerRequestContext request, @PathParam("id") String id) {
        deleteUser.delete(Authentication.caller(request), UserId.parse(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/token")
    @Accepts
    public Response token(@Context ContainerRequestContext request, @PathParam("id") String id) {
        UserId user = UserId.parse(id);
        ApiToken token = issueToken.issue(Authentication.caller(request), user);
        return Response.status(Response.Status.CREATED)
                .header("Cache-Control", "no-store")
                .entity(Representation.of("api_token").with("user_id", user.value()).with("token", token.reveal()))
                .build();
    }

    /** The attributes a user is created or changed with. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Accepts({"user_name", "type", "first_name", "last_name", "email", "section_name", "grace_credits"})
    private @interface UserAttributes {
    }
}
