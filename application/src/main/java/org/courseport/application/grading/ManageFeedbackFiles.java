package org.courseport.application.grading;

import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.FeedbackFile;

/**
 * Feedback files on a group's collected submission, as MarkUs's current API keeps them: listed,
 * opened, uploaded under a new name, or replaced (new bytes and name, the media type kept). A
 * group without a collected submission is a 404 ("No submission exists…"), as in MarkUs.
 */
public interface ManageFeedbackFiles {
    List<FeedbackFile> list(Caller caller, GroupRef group);

    OpenedFeedbackFile open(Caller caller, GroupRef group, long id);

    FeedbackFile upload(Caller caller, GroupRef group, FeedbackUpload upload);

    FeedbackFile replace(Caller caller, GroupRef group, long id, FeedbackUpload upload);
}
