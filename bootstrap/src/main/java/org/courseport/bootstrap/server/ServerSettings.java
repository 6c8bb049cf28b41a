package org.courseport.bootstrap.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.adapters.rest.server.CourseportFeature;
import org.courseport.adapters.rest.server.ServerLimits;
import org.courseport.bootstrap.wiring.GitSourceSettings;
import org.courseport.bootstrap.wiring.LimitsAndAudit;
import org.courseport.domain.course.ArchiveLimits;

/**
 * Everything {@code serve} needs to know. {@code tokenCache}: how long a checked token is kept at most; a
 * revoked or replaced token, or a changed user, is dropped from every node's cache within a second anyway
 * (zero: no cache).
 * {@code maxSubmissionFileBytes}: the largest submission file one upload may carry. {@code httpLimits}:
 * the worker pool, body slots and body read timeout that keep slow clients from taking the server.
 * {@code git}: publishing from git. {@code limitsAndAudit}: rate limits and the audit's retention.
 */
public record ServerSettings(String host, int port, Path dataDirectory, DatabaseSettings database, Duration shutdownGrace,
                             ArchiveLimits importLimits, int importWorkers, Duration nodeLease, Duration tokenCache,
                             long maxSubmissionFileBytes, ServerLimits httpLimits, GitSourceSettings git,
                             LimitsAndAudit limitsAndAudit) {
    /** How long a node that stopped renewing its lease counts as alive (its imports as running). */
    public static final Duration DEFAULT_NODE_LEASE = Duration.ofSeconds(30);
    /**
     * Checked tokens are cached: a revocation reaches every node within a second however long this is, so it
     * only bounds how long an entry lives (and, on a node that cannot hear revocations, nothing is cached).
     */
    public static final Duration DEFAULT_TOKEN_CACHE = Duration.ofMinutes(10);

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(importLimits, "importLimits");
        if (nodeLease == null || nodeLease.isNegative() || nodeLease.isZero()) {
            throw new IllegalArgumentException("the node lease must be positive");
        }
        Objects.requireNonNull(tokenCache, "tokenCache");
        Objects.requireNonNull(httpLimits, "httpLimits");
        Objects.requireNonNull(git, "git");
        Objects.requireNonNull(limitsAndAudit, "limitsAndAudit");
        if (maxSubmissionFileBytes < 1) {
            throw new IllegalArgumentException("the submission file limit must be positive");
        }
        if (importWorkers < 1) {
            throw new IllegalArgumentException("at least one import worker is needed");
        }
    }

    /** With the default rate limits and audit retention. */
    public ServerSettings(String host, int port, Path dataDirectory, DatabaseSettings database, Duration shutdownGrace,
                          ArchiveLimits importLimits, int importWorkers, Duration nodeLease, Duration tokenCache,
                          long maxSubmissionFileBytes, ServerLimits httpLimits, GitSourceSettings git) {
        this(host, port, dataDirectory, database, shutdownGrace, importLimits, importWorkers, nodeLease, tokenCache,
                maxSubmissionFileBytes, httpLimits, git, LimitsAndAudit.DEFAULTS);
    }

    public ServerSettings(String host, int port, Path dataDirectory, DatabaseSettings database, Duration shutdownGrace,
                          ArchiveLimits importLimits, int importWorkers) {
        this(host, port, dataDirectory, database, shutdownGrace, importLimits, importWorkers, DEFAULT_NODE_LEASE,
                DEFAULT_TOKEN_CACHE, CourseportFeature.DEFAULT_MAX_SUBMISSION_FILE_BYTES, ServerLimits.DEFAULTS,
                GitSourceSettings.DEFAULTS);
    }

    /** With the default import limits and workers. */
    public ServerSettings(String host, int port, Path dataDirectory, DatabaseSettings database, Duration shutdownGrace) {
        this(host, port, dataDirectory, database, shutdownGrace, ArchiveLimits.DEFAULTS, 2);
    }

    /** The same settings on another port: a restart keeps the port it was given when it asked for any (0). */
    public ServerSettings withPort(int otherPort) {
        return new ServerSettings(host, otherPort, dataDirectory, database, shutdownGrace, importLimits, importWorkers,
                nodeLease, tokenCache, maxSubmissionFileBytes, httpLimits, git, limitsAndAudit);
    }

    /** The same settings, publishing from git with these. */
    public ServerSettings withGit(GitSourceSettings other) {
        return new ServerSettings(host, port, dataDirectory, database, shutdownGrace, importLimits, importWorkers,
                nodeLease, tokenCache, maxSubmissionFileBytes, httpLimits, other, limitsAndAudit);
    }

    /** The same settings with these rate limits and audit retention. */
    public ServerSettings withLimitsAndAudit(LimitsAndAudit other) {
        return new ServerSettings(host, port, dataDirectory, database, shutdownGrace, importLimits, importWorkers,
                nodeLease, tokenCache, maxSubmissionFileBytes, httpLimits, git, other);
    }
}
