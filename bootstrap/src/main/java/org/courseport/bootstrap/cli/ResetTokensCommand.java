package org.courseport.bootstrap.cli;

import java.util.concurrent.Callable;
import org.courseport.bootstrap.config.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Makes every token stop working, for stolen keys. Prints nothing secret. */
@Command(name = "reset-tokens", mixinStandardHelpOptions = true,
        description = "Make every existing API token stop working.")
final class ResetTokensCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        int revoked = StoreCommands.withUseCases(store, courseport -> courseport.revokeAllTokens().revokeAll());
        System.out.println("Revoked " + revoked + " token(s). Issue new ones with: courseport token --user NAME");
        return 0;
    }
}
