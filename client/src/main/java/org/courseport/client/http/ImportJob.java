package org.courseport.client.http;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.courseport.client.json.JsonObject;

/**
 * An import job: {@code queued}, {@code running}, then {@code succeeded} (with the version, new or
 * the unchanged current one) or {@code failed} (with the problem it failed with).
 */
public record ImportJob(String id, String courseKey, State state, long bytesRead, long entriesRead,
                        OptionalInt version, boolean newVersion, List<String> warnings, Optional<Problem> error,
                        Instant createdAt, Instant updatedAt, String document) {

    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED;

        static State of(String wireName) {
            return valueOf(wireName.toUpperCase(Locale.ROOT));
        }
    }

    public ImportJob {
        warnings = List.copyOf(warnings);
    }

    static ImportJob from(JsonObject job, String document) {
        return new ImportJob(job.text("id"), job.text("course_key"), State.of(job.text("state")),
                job.number("bytes_read"), job.number("entries_read"),
                job.has("version") ? OptionalInt.of((int) job.number("version")) : OptionalInt.empty(),
                job.flag("new_version"), job.objects("warnings").stream().map(w -> w.text("message")).toList(),
                job.object("error").map(error -> Problem.from(error, null)), Instant.parse(job.text("created_at")),
                Instant.parse(job.text("updated_at")), document);
    }

    public boolean done() {
        return state == State.SUCCEEDED || state == State.FAILED;
    }

    /** Succeeded without making a version: the content was the current version's already. */
    public boolean unchanged() {
        return state == State.SUCCEEDED && !newVersion;
    }
}
