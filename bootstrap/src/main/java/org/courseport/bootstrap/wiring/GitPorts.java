package org.courseport.bootstrap.wiring;

import org.courseport.application.source.GitSettings;
import org.courseport.domain.source.CourseSourceStore;
import org.courseport.domain.source.SourceFetcher;

/** What publishing from git needs, bound by {@link GitModule} for {@code serve} alone. */
record GitPorts(CourseSourceStore store, SourceFetcher fetcher, GitSettings settings) {
}
