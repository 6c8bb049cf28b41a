package org.courseport.bootstrap.cli;

import java.util.concurrent.Callable;
import org.courseport.bootstrap.config.StoreOptions;
import org.courseport.domain.user.UserName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints a fresh token for a user; the user's old token stops working. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print a new API token for a user (the old one stops working).")
final class TokenCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--user", required = true, description = "The user's user_name.")
    String user;

    @Override
    public Integer call() {
        String token = StoreCommands.withUseCases(store,
                courseport -> courseport.resetUserToken().reset(new UserName(user)).reveal());
        System.out.println(token);
        return 0;
    }
}
