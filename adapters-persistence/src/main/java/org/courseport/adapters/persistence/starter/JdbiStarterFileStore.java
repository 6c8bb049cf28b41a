package org.courseport.adapters.persistence.starter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.starter.StarterEntry;
import org.courseport.domain.starter.StarterFileGroup;
import org.courseport.domain.starter.StarterFileStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Starter file groups in {@code starter_file_groups}, their files and folders in {@code starter_file_entries}. */
public final class JdbiStarterFileStore implements StarterFileStore {
    private final Jdbi jdbi;

    public JdbiStarterFileStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public StarterFileGroup createGroup(AssignmentId assignment, Instant now) {
        long id = jdbi.withHandle(h -> h.createUpdate("""
                        insert into starter_file_groups (assignment_id, name, entry_rename, use_rename, created_at, updated_at)
                        values (:assignment, :name, '', false, :now, :now)""")
                .bind("assignment", assignment.value()).bind("name", StarterFileGroup.DEFAULT_NAME)
                .bind("now", Timestamps.toDb(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new StarterFileGroup(id, assignment, StarterFileGroup.DEFAULT_NAME, "", false);
    }

    @Override
    public Optional<StarterFileGroup> findGroup(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from starter_file_groups where id = :id")
                .bind("id", id).map(JdbiStarterFileStore::group).findOne());
    }

    @Override
    public List<StarterFileGroup> groups(AssignmentId assignment) {
        return jdbi.withHandle(h -> h.createQuery("select * from starter_file_groups where assignment_id = :a order by id")
                .bind("a", assignment.value()).map(JdbiStarterFileStore::group).list());
    }

    /** The name is checked under a lock on the assignment's groups, so two renames cannot both take one name. */
    @Override
    public StarterFileGroup updateGroup(StarterFileGroup group, Instant now) {
        return jdbi.inTransaction(h -> {
            h.createQuery("select id from starter_file_groups where assignment_id = :a for update")
                    .bind("a", group.assignment().value()).mapTo(Long.class).list();
            boolean taken = h.createQuery("""
                            select count(*) from starter_file_groups where assignment_id = :a and name = :name and id <> :id""")
                    .bind("a", group.assignment().value()).bind("name", group.name()).bind("id", group.id())
                    .mapTo(Integer.class).one() > 0;
            if (taken) {
                throw new Conflict("the assignment already has a starter file group named " + group.name());
            }
            int changed = h.createUpdate("""
                            update starter_file_groups set name = :name, entry_rename = :rename, use_rename = :use,
                                   updated_at = :now where id = :id""")
                    .bind("name", group.name()).bind("rename", group.entryRename()).bind("use", group.useRename())
                    .bind("now", Timestamps.toDb(now)).bind("id", group.id()).execute();
            if (changed == 0) {
                throw new NotFound("no starter file group has id " + group.id());
            }
            return group;
        });
    }

    @Override
    public void deleteGroup(long id) {
        jdbi.useHandle(h -> h.createUpdate("delete from starter_file_groups where id = :id").bind("id", id).execute());
    }

    @Override
    public List<StarterEntry> entries(long group) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select * from starter_file_entries where group_id = :group order by entry_path")
                .bind("group", group).map(JdbiStarterFileStore::entry).list());
    }

    @Override
    public void putFile(long group, SubmissionPath path, StoredBlob blob, Instant now) {
        jdbi.useTransaction(h -> {
            Optional<Boolean> folder = isFolder(h, group, path);
            if (folder.orElse(false)) {
                throw new Conflict("'" + path + "' is a folder of the starter file group");
            }
            String sql = folder.isPresent()
                    ? "update starter_file_entries set blob_id = :blob, byte_size = :size, updated_at = :now "
                            + "where group_id = :group and entry_path = :path"
                    : "insert into starter_file_entries (group_id, entry_path, blob_id, byte_size, updated_at) "
                            + "values (:group, :path, :blob, :size, :now)";
            h.createUpdate(sql).bind("group", group).bind("path", path.value()).bind("blob", blob.id().sha256())
                    .bind("size", blob.size()).bind("now", Timestamps.toDb(now)).execute();
        });
    }

    @Override
    public void putFolder(long group, SubmissionPath path, Instant now) {
        jdbi.useTransaction(h -> {
            List<String> folders = new ArrayList<>(path.folders());
            folders.add(path.value());
            for (String folder : folders) {
                Optional<Boolean> existing = isFolder(h, group, new SubmissionPath(folder));
                if (existing.isPresent() && !existing.get()) {
                    throw new Conflict("'" + folder + "' is a file of the starter file group");
                }
                if (existing.isEmpty()) {
                    h.createUpdate("""
                                    insert into starter_file_entries (group_id, entry_path, blob_id, byte_size, updated_at)
                                    values (:group, :path, null, null, :now)""")
                            .bind("group", group).bind("path", folder).bind("now", Timestamps.toDb(now)).execute();
                }
            }
        });
    }

    @Override
    public boolean removeFile(long group, SubmissionPath path) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "delete from starter_file_entries where group_id = :group and entry_path = :path and blob_id is not null")
                .bind("group", group).bind("path", path.value()).execute()) > 0;
    }

    /** Compares the path's start as text: a LIKE pattern would need every {@code %} and {@code _} escaped. */
    @Override
    public void removeFolder(long group, SubmissionPath path) {
        String inside = path.value() + "/";
        jdbi.useHandle(h -> h.createUpdate("""
                        delete from starter_file_entries where group_id = :group
                        and (entry_path = :path or substring(entry_path from 1 for :length) = :inside)""")
                .bind("group", group).bind("path", path.value()).bind("length", inside.length()).bind("inside", inside)
                .execute());
    }

    /** Whether the path is a folder (true), a file (false), or nothing (empty). */
    private static Optional<Boolean> isFolder(Handle h, long group, SubmissionPath path) {
        return h.createQuery("select blob_id from starter_file_entries where group_id = :group and entry_path = :path")
                .bind("group", group).bind("path", path.value())
                .map((rs, ctx) -> rs.getString("blob_id") == null).findOne();
    }

    private static StarterFileGroup group(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StarterFileGroup(rs.getLong("id"), new AssignmentId(rs.getLong("assignment_id")), rs.getString("name"),
                rs.getString("entry_rename"), rs.getBoolean("use_rename"));
    }

    private static StarterEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        String blob = rs.getString("blob_id");
        long size = rs.getLong("byte_size");
        return new StarterEntry(new SubmissionPath(rs.getString("entry_path")),
                Optional.ofNullable(blob).map(id -> new StoredBlob(new BlobId(id), size)));
    }
}
