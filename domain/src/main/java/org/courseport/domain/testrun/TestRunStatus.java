package org.courseport.domain.testrun;

import java.util.Arrays;
import java.util.Locale;

/** Where a test run stands; a run reported through the API is complete or, if its tester said so, failed. */
public enum TestRunStatus {
    IN_PROGRESS, COMPLETE, CANCELLED, FAILED;

    /** {@code in_progress}, {@code complete}, {@code cancelled} or {@code failed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a stored wire name. */
    public static TestRunStatus parse(String text) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no test run status is named '" + text + "'"));
    }
}
