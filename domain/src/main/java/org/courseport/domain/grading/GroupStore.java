package org.courseport.domain.grading;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;
import org.courseport.domain.user.UserId;

/**
 * Where groups and their memberships are kept. A group name taken in the assignment, or a student
 * already in a group of the assignment, is a {@code Conflict}.
 */
public interface GroupStore {

    /** Creates the group with {@code members} in order: the first is the inviter, the others accepted. */
    Group create(AssignmentId assignment, GroupName name, List<UserId> members, Instant now);

    Optional<Group> find(AssignmentId assignment, GroupId id);

    Optional<Group> findByName(AssignmentId assignment, GroupName name);

    /**
     * Adds {@code members} as accepted members. Checked against {@code maxMembers} while the group is
     * locked, so concurrent additions cannot together overfill it ({@code InvalidInput}).
     */
    Group addMembers(Group group, List<UserId> members, int maxMembers, Instant now);

    /** The assignment's groups matching a query validated against {@link GroupSchema#SCHEMA}. */
    Listing<Group> list(AssignmentId assignment, CollectionQuery query);
}
