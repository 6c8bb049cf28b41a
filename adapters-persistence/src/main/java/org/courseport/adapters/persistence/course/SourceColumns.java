package org.courseport.adapters.persistence.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.courseport.domain.course.CommitId;
import org.courseport.domain.course.SourceRevision;
import org.jdbi.v3.core.statement.SqlStatement;

/** The {@code source_repository} and {@code source_commit} columns that jobs and versions share. */
final class SourceColumns {

    private SourceColumns() {
    }

    static <T extends SqlStatement<T>> T bind(T statement, Optional<SourceRevision> source) {
        return statement.bind("source_repository", source.map(SourceRevision::repositoryUrl).orElse(null))
                .bind("source_commit", source.flatMap(SourceRevision::commit).map(CommitId::hex).orElse(null));
    }

    static Optional<SourceRevision> read(ResultSet rs) throws SQLException {
        String repository = rs.getString("source_repository");
        String commit = rs.getString("source_commit");
        return repository == null ? Optional.empty()
                : Optional.of(new SourceRevision(repository, Optional.ofNullable(commit).map(CommitId::new)));
    }
}
