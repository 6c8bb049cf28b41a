package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.courseport.application.auth.AuthenticateCaller;
import org.courseport.application.auth.CallerCache;
import org.courseport.application.auth.CreateFirstAdmin;
import org.courseport.application.auth.IssueToken;
import org.courseport.application.auth.ResetUserToken;
import org.courseport.application.auth.RevokeAllTokens;
import org.courseport.application.course.DeleteCourse;
import org.courseport.application.course.ExportCourse;
import org.courseport.application.course.GetCourse;
import org.courseport.application.course.GetImportJob;
import org.courseport.application.course.ImportCourse;
import org.courseport.application.course.ListCourses;
import org.courseport.application.embedding.Courseport;
import org.courseport.application.embedding.CourseportArchives;
import org.courseport.application.embedding.CourseportStores;
import org.courseport.application.grading.AddGroupMembers;
import org.courseport.application.grading.CollectSubmission;
import org.courseport.application.grading.CreateAssignment;
import org.courseport.application.grading.CreateGroup;
import org.courseport.application.grading.DeleteTestResult;
import org.courseport.application.grading.DownloadSubmission;
import org.courseport.application.grading.DownloadSubmissionFile;
import org.courseport.application.grading.GetAssignment;
import org.courseport.application.grading.GetGroup;
import org.courseport.application.grading.GetTestResult;
import org.courseport.application.grading.ListAssignments;
import org.courseport.application.grading.ListGroups;
import org.courseport.application.grading.ListTestResults;
import org.courseport.application.grading.PostTestResult;
import org.courseport.application.grading.PostTestResultByName;
import org.courseport.application.grading.ReplaceTestResult;
import org.courseport.application.grading.UpdateAssignment;
import org.courseport.application.grading.UploadSubmissionFile;
import org.courseport.application.user.CreateUser;
import org.courseport.application.user.DeleteUser;
import org.courseport.application.user.GetUser;
import org.courseport.application.user.ListUsers;
import org.courseport.application.user.UpdateUser;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.course.ArchiveLimits;

/**
 * The use cases: {@link Courseport} built from the stores, as an embedding host builds it by hand,
 * and each of its incoming ports bound for whoever injects one.
 */
public final class ApplicationModule extends AbstractModule {
    private final Duration tokenCache;

    /** For the commands that run one use case and exit: no cache of callers. */
    public ApplicationModule() {
        this(Duration.ZERO);
    }

    /** @param tokenCache how long an authenticated token is trusted without asking the store again */
    public ApplicationModule(Duration tokenCache) {
        this.tokenCache = tokenCache;
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), GitPorts.class);
        port(ListUsers.class, Courseport::listUsers);
        port(GetUser.class, Courseport::getUser);
        port(CreateUser.class, Courseport::createUser);
        port(UpdateUser.class, Courseport::updateUser);
        port(DeleteUser.class, Courseport::deleteUser);
        port(AuthenticateCaller.class, Courseport::authenticateCaller);
        port(IssueToken.class, Courseport::issueToken);
        port(ResetUserToken.class, Courseport::resetUserToken);
        port(RevokeAllTokens.class, Courseport::revokeAllTokens);
        port(CreateFirstAdmin.class, Courseport::createFirstAdmin);
        port(ImportCourse.class, Courseport::importCourse);
        port(GetImportJob.class, Courseport::getImportJob);
        port(ListCourses.class, Courseport::listCourses);
        port(GetCourse.class, Courseport::getCourse);
        port(ExportCourse.class, Courseport::exportCourse);
        port(DeleteCourse.class, Courseport::deleteCourse);
        port(ListAssignments.class, Courseport::listAssignments);
        port(GetAssignment.class, Courseport::getAssignment);
        port(CreateAssignment.class, Courseport::createAssignment);
        port(UpdateAssignment.class, Courseport::updateAssignment);
        port(ListGroups.class, Courseport::listGroups);
        port(GetGroup.class, Courseport::getGroup);
        port(CreateGroup.class, Courseport::createGroup);
        port(AddGroupMembers.class, Courseport::addGroupMembers);
        port(UploadSubmissionFile.class, Courseport::uploadSubmissionFile);
        port(CollectSubmission.class, Courseport::collectSubmission);
        port(DownloadSubmission.class, Courseport::downloadSubmission);
        port(DownloadSubmissionFile.class, Courseport::downloadSubmissionFile);
        port(ListTestResults.class, Courseport::listTestResults);
        port(GetTestResult.class, Courseport::getTestResult);
        port(PostTestResult.class, Courseport::postTestResult);
        port(PostTestResultByName.class, Courseport::postTestResultByName);
        port(ReplaceTestResult.class, Courseport::replaceTestResult);
        port(DeleteTestResult.class, Courseport::deleteTestResult);
    }

    private <T> void port(Class<T> type, Function<Courseport, T> accessor) {
        Provider<Courseport> courseport = getProvider(Courseport.class);
        bind(type).toProvider(() -> accessor.apply(courseport.get()));
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    Courseport courseport(CourseportStores stores, BlobStore blobs, CourseportArchives archives, ArchiveLimits limits,
                          ImportWorkers workers, Clock clock, Optional<GitPorts> git) {
        Courseport.Builder courseport = Courseport.builder().stores(stores).blobs(blobs).archives(archives)
                .archiveLimits(limits).importExecutor(workers.executor()).tokenCache(tokenCache).clock(clock)
                .random(new SecureRandom());
        git.ifPresent(ports -> courseport.gitSources(ports.store(), ports.fetcher(), ports.settings()));
        return courseport.build();
    }
}
