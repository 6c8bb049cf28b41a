package org.courseport.bootstrap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.courseport.application.blob.GarbageCollection;
import org.courseport.application.blob.GarbageReport;
import org.courseport.bootstrap.config.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Frees the stored files nothing names any more, or with --dry-run says what that would free. */
@Command(name = "gc", mixinStandardHelpOptions = true,
        description = "Remove stored files nothing names any more: of deleted courses, replaced submissions, failed imports.")
final class GcCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--dry-run", description = "Only report what would be freed.")
    boolean dryRun;

    @Option(names = "--min-age", converter = ShortDuration.class,
            description = "Keep what was written less recently than this, e.g. 6h, 90m, 0s (${DEFAULT-VALUE}).")
    Duration minAge = GarbageCollection.GRACE_PERIOD;

    @Override
    public Integer call() {
        GarbageCollection request = new GarbageCollection(minAge, dryRun);
        GarbageReport report = StoreCommands.withUseCases(store, courseport -> {
            try {
                return courseport.collectGarbage().collect(request);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.println(report.dryRun()
                ? "Would free " + report.blobs() + " blob(s), " + report.bytes() + " bytes."
                : "Freed " + report.blobs() + " blob(s), " + report.bytes() + " bytes, and "
                        + report.abandonedWrites() + " abandoned write(s).");
        return 0;
    }

    /** {@code 6h}, {@code 90m}, {@code 0s}, or ISO-8601 ({@code PT6H}). */
    static final class ShortDuration implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            String upper = text.strip().toUpperCase(Locale.ROOT);
            return Duration.parse(upper.startsWith("P") ? upper : "PT" + upper);
        }
    }
}
