package org.courseport.bootstrap.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.courseport.bootstrap.config.StoreOptions;
import org.courseport.domain.auth.NewToken;
import org.courseport.domain.auth.Scope;
import org.courseport.domain.auth.TokenName;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.user.UserName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints a fresh token for a user. Without {@code --name}, their default token (every scope, every course,
 * no expiry), as before; with it, the token of that name, with the scopes, courses and expiry given (those
 * not given: every scope, every course, never). Either way the token it replaces stops working.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print a new API token for a user (the token of that name before it stops working).")
final class TokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--user", required = true, description = "The user's user_name.")
    String user;

    @Option(names = "--name", description = "The token's name (default: the user's default token).")
    String name;

    @Option(names = "--scopes", description = "Comma-separated scopes, e.g. grading:read,results:write (default: all).")
    String scopes;

    @Option(names = "--courses", description = "Comma-separated course ids the token is limited to (default: every course).")
    String courses;

    @Option(names = "--expires", description = "When the token stops working, e.g. 2027-01-01T00:00:00Z (default: never).")
    String expires;

    @Override
    public Integer call() {
        UserName holder = new UserName(user);
        if (name == null && scopes == null && courses == null && expires == null) {
            String token = StoreCommands.withUseCases(store, courseport -> courseport.resetUserToken().reset(holder).reveal());
            System.out.println(token);
            return 0;
        }
        NewToken token = new NewToken(name == null ? TokenName.DEFAULT : new TokenName(name),
                Optional.ofNullable(scopes).map(Scope::parseList), Optional.ofNullable(courses).map(TokenCommand::courseIds),
                Optional.ofNullable(expires).map(this::instant));
        String secret = StoreCommands.withUseCases(store,
                courseport -> courseport.issueNamedToken().issue(holder, token).secret().reveal());
        System.out.println(secret);
        return 0;
    }

    private static Set<CourseId> courseIds(String list) {
        return Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isEmpty()).map(CourseId::parse).collect(Collectors.toSet());
    }

    private Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--expires must be a UTC time such as 2027-01-01T00:00:00Z");
        }
    }
}
