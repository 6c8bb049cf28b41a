package org.courseport.adapters.persistence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.grading.JdbiAssignmentStore;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.application.contracts.RosterStoreContract;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.roster.CourseInfo;
import org.courseport.domain.roster.Role;
import org.courseport.domain.roster.RoleType;
import org.courseport.domain.roster.RosterStore;
import org.courseport.domain.roster.SectionName;
import org.courseport.domain.user.UserStore;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The roster contract on the database stores, one new database per test, and how a database with older data upgrades. */
public abstract class AbstractRosterStoreContract extends RosterStoreContract {
    private TestDatabase database;

    /** A new, empty database, not yet migrated; one per test. */
    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    /** Stores over the database, migrated on first use (the upgrade test migrates it part way first). */
    @Override
    protected UserStore users() {
        return new JdbiUserStore(database.jdbi());
    }

    @Override
    protected RosterStore roster() {
        return new JdbiRosterStore(database.jdbi());
    }

    @Override
    protected AssignmentStore assignments() {
        return new JdbiAssignmentStore(database.jdbi());
    }

    @Test
    void anUpgradeKeepsTheOlderDataInTheDefaultCourse() {
        Flyway.configure().dataSource(database.settings().url(), database.settings().user(), database.settings().password())
                .locations("classpath:db/migration").target("6.1").load().migrate();
        Jdbi before = Jdbi.create(database.settings().url(), database.settings().user(), database.settings().password());
        before.useHandle(h -> {
            h.execute("""
                    insert into users (user_name, user_name_key, type, first_name, last_name, section_name, grace_credits,
                                       created_at, updated_at)
                    values ('tina', 'tina', 'ta', 'Tina', 'T', 'LEC1', 3, current_timestamp, current_timestamp),
                           ('root', 'root', 'admin', 'R', 'R', null, 0, current_timestamp, current_timestamp)""");
            h.execute("""
                    insert into courses (course_key, org, course, run, display_name, current_version, created_at, updated_at)
                    values ('course-v1:MITx+6.002x+2026_Fall', 'MITx', '6.002x', '2026_Fall', 'Circuits', 1,
                            current_timestamp, current_timestamp)""");
        });
        Jdbi jdbi = database.jdbi();
        JdbiRosterStore roster = new JdbiRosterStore(jdbi);
        List<CourseInfo> courses = roster.courses();
        assertEquals("default", courses.get(0).name());
        assertEquals("MITx-6-002x-2026_Fall", courses.get(1).name());
        assertEquals("course-v1:MITx+6.002x+2026_Fall", courses.get(1).olxKey().orElseThrow().toString());
        List<Role> roles = roster.roles(CourseId.DEFAULT);
        assertEquals(1, roles.size());
        assertEquals(RoleType.TA, roles.get(0).type());
        assertEquals("tina", roles.get(0).user().userName().value());
        assertEquals(Optional.of(new SectionName("LEC1")), roles.get(0).section());
        assertEquals(3, roles.get(0).graceCredits());
    }
}
