package org.courseport.domain.testrun;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.courseport.domain.error.Unprocessable;

/** How one test ended, in MarkUs's words. */
public enum TestStatus {
    PASS, PARTIAL, FAIL, ERROR, ERROR_ALL;

    /** {@code pass}, {@code partial}, {@code fail}, {@code error} or {@code error_all}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads exactly a wire name, as MarkUs validates it. */
    public static TestStatus parse(String text) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(text)).findFirst().orElseThrow(() ->
                Unprocessable.field("status", "must be one of " + Arrays.stream(values()).map(TestStatus::wireName)
                        .collect(Collectors.joining(", ")) + ", not '" + text + "'"));
    }
}
