package org.courseport.domain.auth;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;

/**
 * Who is asking, once authenticated, and so what they may do: what their role allows, narrowed by the
 * grant of the token they presented. A host's own logins make callers with the {@link TokenGrant#DEFAULT}.
 */
public record Caller(UserName name, UserType type, TokenGrant grant) {
    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(grant, "grant");
    }

    /** A caller not limited by a token: the holder of a default token, or a host's own login. */
    public Caller(UserName name, UserType type) {
        this(name, type, TokenGrant.DEFAULT);
    }

    /** The name of the token the request came with ("default" for the older single token), for the audit. */
    public String tokenName() {
        return grant.name().value();
    }

    /** The same person and token, acting with another role (as a course role maps onto the global ones). */
    public Caller actingAs(UserType acting) {
        return new Caller(name, acting, grant);
    }

    public Set<Permission> permissions() {
        return switch (type) {
            case ADMIN, ADMIN_USER -> EnumSet.allOf(Permission.class);
            case TA -> EnumSet.of(Permission.READ, Permission.GRADE);
            // A MarkUs end user's powers come from its roles, per course; the global routes give it none.
            case STUDENT, END_USER -> EnumSet.noneOf(Permission.class);
        };
    }

    /** Fails with {@link Forbidden} unless the caller has the permission. */
    public void require(Permission permission) {
        if (!permissions().contains(permission)) {
            throw new Forbidden("a " + type.wireName() + " may not " + describe(permission));
        }
    }

    private static String describe(Permission permission) {
        return switch (permission) {
            case READ -> "use the API";
            case GRADE -> "grade submissions";
            case MANAGE -> "change users, assignments, groups or courses";
        };
    }
}
