package org.courseport.application.grading;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.courseport.application.query.CollectionQueries;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.GroupSchema;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserStore;

/** The group use cases: groups of students, sized by their assignment. */
public final class GroupService implements ListGroups, GetGroup, CreateGroup, AddGroupMembers {
    private final GroupStore groups;
    private final UserStore users;
    private final GradingLookups lookups;
    private final Clock clock;

    public GroupService(GroupStore groups, UserStore users, GradingLookups lookups, Clock clock) {
        this.groups = groups;
        this.users = users;
        this.lookups = lookups;
        this.clock = clock;
    }

    @Override
    public Page<Group> list(Caller caller, AssignmentId assignment, CollectionRequest request) {
        caller.require(Permission.READ);
        lookups.assignment(assignment);
        CollectionQuery query = CollectionQueries.parse(GroupSchema.SCHEMA, request);
        return new Page<>(query, groups.list(assignment, query));
    }

    @Override
    public Group get(Caller caller, AssignmentId assignment, GroupId group) {
        caller.require(Permission.READ);
        return lookups.group(assignment, group);
    }

    @Override
    public Group create(Caller caller, AssignmentId assignment, GroupName name, List<UserName> members) {
        caller.require(Permission.MANAGE);
        Assignment owner = lookups.assignment(assignment);
        List<UserId> students = students(members);
        owner.details().checkGroupSize(students.size());
        return groups.create(assignment, name, students, clock.instant());
    }

    @Override
    public Group add(Caller caller, AssignmentId assignment, GroupId group, List<UserName> members) {
        caller.require(Permission.MANAGE);
        Assignment owner = lookups.assignment(assignment);
        Group existing = lookups.group(assignment, group);
        List<UserId> students = students(members);
        if (students.isEmpty()) {
            throw InvalidInput.field("members", "name at least one student to add");
        }
        owner.details().checkGroupSize(existing.memberships().size() + students.size());
        return groups.addMembers(existing, students, owner.details().groupMax(), clock.instant());
    }

    /**
     * The named users, each once, in order; every one must exist and be a student. Names are matched
     * regardless of letter case, so one user may be named twice in different case: counted once.
     */
    private List<UserId> students(List<UserName> names) {
        List<UserId> ids = new ArrayList<>();
        for (UserName name : names) {
            User user = users.findByName(name).orElseThrow(() ->
                    InvalidInput.field("members", "no user is named " + name));
            if (!user.type().isStudent()) {
                throw InvalidInput.field("members", name + " is a " + user.type().wireName()
                        + "; only students can be group members");
            }
            if (!ids.contains(user.id())) {
                ids.add(user.id());
            }
        }
        return ids;
    }
}
