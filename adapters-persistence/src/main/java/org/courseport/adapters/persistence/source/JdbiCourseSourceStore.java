package org.courseport.adapters.persistence.source;

import static org.courseport.adapters.persistence.database.SqlErrors.conflictOn;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.courseport.adapters.persistence.course.JdbiImportJobStore;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.adapters.persistence.secret.SecretSealer;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.ImportJobId;
import org.courseport.domain.course.ImportState;
import org.courseport.domain.source.BranchName;
import org.courseport.domain.source.CourseSource;
import org.courseport.domain.source.CourseSourceId;
import org.courseport.domain.source.CourseSourceStore;
import org.courseport.domain.source.Delivery;
import org.courseport.domain.source.FetchCredential;
import org.courseport.domain.source.GitProvider;
import org.courseport.domain.source.NewCourseSource;
import org.courseport.domain.source.QueuedImport;
import org.courseport.domain.source.RepositoryUrl;
import org.courseport.domain.source.SourcePath;
import org.courseport.domain.source.WebhookSecret;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Course sources in {@code course_sources}, their secret and credential sealed; the deliveries that
 * queued an import in {@code git_deliveries}. Queuing locks the source's row, so pushes arriving at
 * once, at any node, take turns: each sees the job the one before left waiting.
 */
public final class JdbiCourseSourceStore implements CourseSourceStore {
    private static final String SECRET = "webhook-secret";
    private static final String CREDENTIAL = "fetch-credential";

    private final Jdbi jdbi;
    private final SecretSealer sealer;
    private final JdbiImportJobStore jobs;

    /** @param jobs where the imports queued here are created, in the same transaction */
    public JdbiCourseSourceStore(Jdbi jdbi, SecretSealer sealer, JdbiImportJobStore jobs) {
        this.jdbi = jdbi;
        this.sealer = sealer;
        this.jobs = jobs;
    }

    @Override
    public CourseSource create(NewCourseSource source) {
        long id = conflictOn("the course " + source.courseKey() + " has a source already; change or delete that one",
                () -> jdbi.withHandle(h -> h.createUpdate("""
                        insert into course_sources (course_key, repository_url, branch, path, provider, secret_sealed,
                                                    credential_sealed, created_at, updated_at)
                        values (:key, :url, :branch, :path, :provider, :secret, :credential, :now, :now)""")
                        .bind("key", source.courseKey().toString())
                        .bind("url", source.repository().toString())
                        .bind("branch", source.branch().name())
                        .bind("path", source.path().folder())
                        .bind("provider", source.provider().wireName())
                        .bind("secret", sealer.seal(SECRET, source.secret().reveal()))
                        .bind("credential", source.credential().map(c -> sealer.seal(CREDENTIAL, c.reveal())).orElse(null))
                        .bind("now", Timestamps.toDb(source.now()))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
        return find(new CourseSourceId(id)).orElseThrow();
    }

    @Override
    public Optional<CourseSource> find(CourseSourceId id) {
        return jdbi.withHandle(h -> h.createQuery("select * from course_sources where id = :id")
                .bind("id", id.value()).map(this::map).findOne());
    }

    @Override
    public List<CourseSource> list() {
        return jdbi.withHandle(h -> h.createQuery("select * from course_sources order by id").map(this::map).list());
    }

    @Override
    public void update(CourseSource source) {
        jdbi.useHandle(h -> h.createUpdate("""
                update course_sources set branch = :branch, path = :path, secret_sealed = :secret,
                       credential_sealed = :credential, updated_at = :now
                where id = :id""")
                .bind("id", source.id().value())
                .bind("branch", source.branch().name())
                .bind("path", source.path().folder())
                .bind("secret", sealer.seal(SECRET, source.secret().reveal()))
                .bind("credential", source.credential().map(c -> sealer.seal(CREDENTIAL, c.reveal())).orElse(null))
                .bind("now", Timestamps.toDb(source.updatedAt()))
                .execute());
    }

    @Override
    public boolean delete(CourseSourceId id) {
        return jdbi.withHandle(h -> h.createUpdate("delete from course_sources where id = :id")
                .bind("id", id.value()).execute()) == 1;
    }

    @Override
    public QueuedImport queueImport(CourseSourceId id, Optional<Delivery> delivery, ImportJob candidate) {
        return jdbi.inTransaction(h -> {
            Optional<String> waiting = h.createQuery("select queued_job from course_sources where id = :id for update")
                    .bind("id", id.value()).mapTo(String.class).findOne();
            Optional<String> deliveryId = delivery.flatMap(Delivery::id);
            Optional<ImportJob> answered = deliveryId.flatMap(d -> h.createQuery(
                            "select job_id from git_deliveries where source_id = :id and delivery_id = :delivery")
                    .bind("id", id.value()).bind("delivery", d).mapTo(String.class).findOne())
                    .flatMap(job -> JdbiImportJobStore.find(h, ImportJobId.parse(job)));
            if (answered.isPresent()) {
                return new QueuedImport(answered.get(), false);
            }
            Optional<ImportJob> stillQueued = waiting.flatMap(job -> JdbiImportJobStore.find(h, ImportJobId.parse(job)))
                    .filter(job -> job.state() == ImportState.QUEUED);
            QueuedImport queued = stillQueued.map(job -> new QueuedImport(job, false))
                    .orElseGet(() -> {
                        jobs.create(h, candidate);
                        return new QueuedImport(candidate, true);
                    });
            h.createUpdate("update course_sources set queued_job = :job, last_import = :job where id = :id")
                    .bind("id", id.value()).bind("job", queued.job().id().toString()).execute();
            if (deliveryId.isPresent()) {
                h.createUpdate("""
                        insert into git_deliveries (source_id, delivery_id, job_id, created_at)
                        values (:id, :delivery, :job, :now)""")
                        .bind("id", id.value()).bind("delivery", deliveryId.get())
                        .bind("job", queued.job().id().toString())
                        .bind("now", Timestamps.toDb(delivery.get().receivedAt())).execute();
            }
            delivery.ifPresent(d -> note(h, id, d));
            return queued;
        });
    }

    @Override
    public void started(CourseSourceId id, ImportJobId job) {
        jdbi.useHandle(h -> h.createUpdate("update course_sources set queued_job = null where id = :id and queued_job = :job")
                .bind("id", id.value()).bind("job", job.toString()).execute());
    }

    @Override
    public void noteDelivery(CourseSourceId id, Delivery delivery) {
        jdbi.useHandle(h -> note(h, id, delivery));
    }

    private static void note(Handle h, CourseSourceId id, Delivery delivery) {
        h.createUpdate("""
                update course_sources set last_delivery_id = :delivery, last_delivery_event = :event,
                       last_delivery_outcome = :outcome, last_delivery_at = :at
                where id = :id""")
                .bind("id", id.value())
                .bind("delivery", delivery.id().orElse(null))
                .bind("event", delivery.event())
                .bind("outcome", delivery.outcome())
                .bind("at", Timestamps.toDb(delivery.receivedAt()))
                .execute();
    }

    private CourseSource map(ResultSet rs, StatementContext ctx) throws SQLException {
        String credential = rs.getString("credential_sealed");
        String lastImport = rs.getString("last_import");
        String event = rs.getString("last_delivery_event");
        Optional<Delivery> lastDelivery = event == null ? Optional.empty()
                : Optional.of(new Delivery(Optional.ofNullable(rs.getString("last_delivery_id")), event,
                rs.getString("last_delivery_outcome"), Timestamps.fromDb(rs, "last_delivery_at")));
        return new CourseSource(new CourseSourceId(rs.getLong("id")), CourseKey.parse(rs.getString("course_key")),
                new RepositoryUrl(URI.create(rs.getString("repository_url"))), new BranchName(rs.getString("branch")),
                new SourcePath(rs.getString("path")), GitProvider.parse(rs.getString("provider")),
                new WebhookSecret(sealer.open(SECRET, rs.getString("secret_sealed"))),
                credential == null ? Optional.empty() : Optional.of(new FetchCredential(sealer.open(CREDENTIAL, credential))),
                lastDelivery, lastImport == null ? Optional.empty() : Optional.of(ImportJobId.parse(lastImport)),
                Timestamps.fromDb(rs, "created_at"), Timestamps.fromDb(rs, "updated_at"));
    }
}
