package org.courseport.adapters.persistence.course;

import static org.courseport.adapters.persistence.database.SqlErrors.conflictOn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.adapters.persistence.query.SqlCollection;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.course.Course;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.CourseStore;
import org.courseport.domain.course.CourseTree;
import org.courseport.domain.course.CourseVersion;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.ManifestEntry;
import org.courseport.domain.course.NewCourseVersion;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** Courses in {@code courses}, their versions in {@code course_versions}, manifests in {@code course_files}. */
public final class JdbiCourseStore implements CourseStore {
    private static final int BATCH = 1000;
    private static final String VERSION_COLUMNS =
            "c.org, c.course, c.run, v.number, v.digest, v.file_count, v.total_bytes, v.created_at, v.source_repository, v.source_commit";

    /** An imported course's MarkUs name, made of its key's parts as migration V20_1 named the existing ones. */
    private static final String NAME_OF_KEY = "substring(translate(:org || '-' || :course || '-' || :run, '.~:%', '----') from 1 for 80)";

    private final Jdbi jdbi;
    private final SqlCollection<Course> collection;

    public JdbiCourseStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.collection = new SqlCollection<>(jdbi, "c.*",
                // Courses made through MarkUs's route hold no OLX: not theirs to list.
                "(select * from courses where course_key is not null) c", Map.of(
                "id", "c.id", "course_key", "c.course_key", "display_name", "c.display_name",
                "current_version", "c.current_version", "created_at", "c.created_at", "updated_at", "c.updated_at"),
                JdbiCourseStore::course);
    }

    @Override
    public Optional<Course> find(CourseKey key) {
        return jdbi.withHandle(h -> h.createQuery("select * from courses c where course_key = :key")
                .bind("key", key.toString()).map(JdbiCourseStore::course).findOne());
    }

    @Override
    public CourseVersion commit(NewCourseVersion version, int expectedCurrent) {
        String busy = "another import of " + version.key() + " committed first; import again";
        return conflictOn(busy, () -> jdbi.inTransaction(h -> {
            long courseId = expectedCurrent == 0 ? insertCourse(h, version) : advanceCourse(h, version, expectedCurrent, busy);
            int number = expectedCurrent + 1;
            Manifest manifest = version.manifest();
            long versionId = SourceColumns.bind(h.createUpdate("""
                            insert into course_versions (course_id, number, digest, file_count, total_bytes, outline, created_at,
                                                         source_repository, source_commit)
                            values (:course, :number, :digest, :files, :bytes, :outline, :now,
                                    :source_repository, :source_commit)"""), version.source())
                    .bind("course", courseId)
                    .bind("number", number)
                    .bind("digest", manifest.digest())
                    .bind("files", manifest.fileCount())
                    .bind("bytes", manifest.totalBytes())
                    .bind("outline", OutlineCodec.encode(version.outline().tree()))
                    .bind("now", Timestamps.toDb(version.now()))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class).one();
            insertFiles(h, versionId, manifest);
            return new CourseVersion(version.key(), number, manifest.digest(), manifest.fileCount(),
                    manifest.totalBytes(), version.now(), version.source());
        }));
    }

    private static long insertCourse(Handle h, NewCourseVersion version) {
        CourseKey key = version.key();
        return h.createUpdate("""
                        insert into courses (course_key, org, course, run, name, display_name, current_version,
                                             created_at, updated_at)
                        values (:key, :org, :course, :run, %s, :name, 1, :now, :now)""".formatted(NAME_OF_KEY))
                .bind("key", key.toString()).bind("org", key.org()).bind("course", key.course()).bind("run", key.run())
                .bind("name", version.outline().displayName())
                .bind("now", Timestamps.toDb(version.now()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Moves the course to the next version only if it is still at the one this import started from. */
    private static long advanceCourse(Handle h, NewCourseVersion version, int expectedCurrent, String busy) {
        int changed = h.createUpdate("""
                        update courses set current_version = :next, display_name = :name, updated_at = :now
                        where course_key = :key and current_version = :expected""")
                .bind("next", expectedCurrent + 1)
                .bind("name", version.outline().displayName())
                .bind("now", Timestamps.toDb(version.now()))
                .bind("key", version.key().toString())
                .bind("expected", expectedCurrent)
                .execute();
        if (changed != 1) {
            throw new Conflict(busy);
        }
        return h.createQuery("select id from courses where course_key = :key")
                .bind("key", version.key().toString()).mapTo(Long.class).one();
    }

    private static void insertFiles(Handle h, long versionId, Manifest manifest) {
        PreparedBatch batch = h.prepareBatch(
                "insert into course_files (version_id, path, blob_sha, size) values (:version, :path, :blob, :size)");
        int pending = 0;
        for (ManifestEntry entry : manifest.entries()) {
            batch.bind("version", versionId).bind("path", entry.path()).bind("blob", entry.blob().sha256())
                    .bind("size", entry.size()).add();
            if (++pending == BATCH) {
                batch.execute();
                batch = h.prepareBatch(
                        "insert into course_files (version_id, path, blob_sha, size) values (:version, :path, :blob, :size)");
                pending = 0;
            }
        }
        if (pending > 0) {
            batch.execute();
        }
    }

    @Override
    public Optional<CourseVersion> version(CourseKey key, int number) {
        return jdbi.withHandle(h -> h.createQuery("select " + VERSION_COLUMNS
                        + " from course_versions v join courses c on c.id = v.course_id"
                        + " where c.course_key = :key and v.number = :number")
                .bind("key", key.toString()).bind("number", number)
                .map(JdbiCourseStore::mapVersion).findOne());
    }

    @Override
    public List<CourseVersion> versions(CourseKey key) {
        return jdbi.withHandle(h -> h.createQuery("select " + VERSION_COLUMNS
                        + " from course_versions v join courses c on c.id = v.course_id"
                        + " where c.course_key = :key order by v.number")
                .bind("key", key.toString()).map(JdbiCourseStore::mapVersion).list());
    }

    @Override
    public Manifest manifest(CourseKey key, int number) {
        return jdbi.inTransaction(h -> {
            long versionId = versionId(h, key, number);
            return Manifest.of(h.createQuery("select path, blob_sha, size from course_files where version_id = :id")
                    .bind("id", versionId)
                    .map((rs, ctx) -> new ManifestEntry(rs.getString("path"), new BlobId(rs.getString("blob_sha")),
                            rs.getLong("size")))
                    .list());
        });
    }

    @Override
    public CourseTree outline(CourseKey key, int number) {
        return jdbi.withHandle(h -> h.createQuery("select v.outline from course_versions v join courses c"
                        + " on c.id = v.course_id where c.course_key = :key and v.number = :number")
                .bind("key", key.toString()).bind("number", number)
                .mapTo(String.class).findOne()
                .map(OutlineCodec::decode)
                .orElseThrow(() -> missing(key, number)));
    }

    @Override
    public Listing<Course> list(CollectionQuery query) {
        return collection.list(query);
    }

    @Override
    public boolean delete(CourseKey key) {
        return jdbi.withHandle(h -> h.createUpdate("delete from courses where course_key = :key")
                .bind("key", key.toString()).execute()) > 0;
    }

    private static long versionId(Handle h, CourseKey key, int number) {
        return h.createQuery("select v.id from course_versions v join courses c on c.id = v.course_id"
                        + " where c.course_key = :key and v.number = :number")
                .bind("key", key.toString()).bind("number", number)
                .mapTo(Long.class).findOne().orElseThrow(() -> missing(key, number));
    }

    private static NotFound missing(CourseKey key, int number) {
        return new NotFound("course " + key + " has no version " + number);
    }

    private static Course course(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Course(rs.getLong("id"), new CourseKey(rs.getString("org"), rs.getString("course"), rs.getString("run")),
                rs.getString("display_name"), rs.getInt("current_version"),
                Timestamps.fromDb(rs, "created_at"), Timestamps.fromDb(rs, "updated_at"));
    }

    private static CourseVersion mapVersion(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CourseVersion(new CourseKey(rs.getString("org"), rs.getString("course"), rs.getString("run")),
                rs.getInt("number"), rs.getString("digest"), rs.getInt("file_count"), rs.getLong("total_bytes"),
                Timestamps.fromDb(rs, "created_at"), SourceColumns.read(rs));
    }
}
