package org.courseport.application.grading;

import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.grading.Submission;
import org.courseport.domain.grading.SubmissionId;
import org.courseport.domain.grading.SubmissionStore;

/** Finds what a grading route names, or fails with a message that says what is missing. */
public final class GradingLookups {
    private final AssignmentStore assignments;
    private final GroupStore groups;
    private final SubmissionStore submissions;

    public GradingLookups(AssignmentStore assignments, GroupStore groups, SubmissionStore submissions) {
        this.assignments = assignments;
        this.groups = groups;
        this.submissions = submissions;
    }

    Assignment assignment(AssignmentId id) {
        return assignments.find(id).orElseThrow(() -> new NotFound("no assignment has id " + id.value()));
    }

    Group group(AssignmentId assignment, GroupId id) {
        assignment(assignment);
        return groups.find(assignment, id).orElseThrow(() ->
                new NotFound("assignment " + assignment.value() + " has no group with id " + id.value()));
    }

    /** The reference API's shortcut names the assignment by short identifier and the group by name. */
    Group group(ShortIdentifier assignment, GroupName name) {
        Assignment owner = assignments.findByShortIdentifier(assignment).orElseThrow(() ->
                new NotFound("no assignment has the short identifier " + assignment));
        return groups.findByName(owner.id(), name).orElseThrow(() ->
                new NotFound("assignment " + assignment + " has no group named " + name));
    }

    /** The group's collected submission; none yet is a conflict with the state, not a missing route. */
    Submission submission(Group group) {
        return submissions.find(group.id()).orElseThrow(() -> notCollected(group));
    }

    /** The id of the group's collected submission, for its test results: the file list is not read. */
    SubmissionId submissionId(Group group) {
        return submissions.findId(group.id()).orElseThrow(() -> notCollected(group));
    }

    private static Conflict notCollected(Group group) {
        return new Conflict("group " + group.name() + " has no collected submission yet; POST .../groups/"
                + group.id().value() + "/collect first");
    }
}
