import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserStore;
import org.courseport.domain.user.UserType;

/**
 * Bulk seeding for bench/rest-load.sh: adds users until the embedded store under DATA_DIR holds COUNT.
 * Each row goes through the production store (JdbiUserStore.create: the same SQL, migrations and
 * constraints as POST /api/v1/users, one insert per user), only without HTTP, so 100,000 users take
 * seconds rather than minutes. Run while the server is stopped:
 * {@code java -cp courseport.jar bench/SeedUsers.java DATA_DIR COUNT}.
 */
public final class SeedUsers {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        long wanted = Long.parseLong(args[1]);
        try (Database database = Database.open(DatabaseSettings.embedded(data, 4))) {
            UserStore users = new JdbiUserStore(database.jdbi());
            long existing = database.jdbi().withHandle(h -> h.createQuery("select count(*) from users").mapTo(Long.class).one());
            AtomicLong next = new AtomicLong(existing);
            String run = Long.toString(System.currentTimeMillis(), 36);
            ExecutorService workers = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                done.add(workers.submit(() -> {
                    for (long n = next.getAndIncrement(); n < wanted; n = next.getAndIncrement()) {
                        users.create(new NewUser(new UserName("seed-" + run + "-" + n), UserType.STUDENT,
                                new PersonalDetails("Seed", "User " + n, "u" + n + "@example.org", "S" + n % 10, 0)),
                                Instant.now());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            workers.shutdown();
        }
    }
}
