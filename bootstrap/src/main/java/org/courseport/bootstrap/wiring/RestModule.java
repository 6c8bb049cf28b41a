package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.util.List;
import java.util.Set;
import org.courseport.adapters.rest.health.HealthResource;
import org.courseport.adapters.rest.server.CourseportFeature;
import org.courseport.adapters.rest.user.UsersResource;
import org.courseport.application.auth.AuthenticateCaller;
import org.courseport.application.auth.IssueToken;
import org.courseport.application.user.CreateUser;
import org.courseport.application.user.DeleteUser;
import org.courseport.application.user.GetUser;
import org.courseport.application.user.ListUsers;
import org.courseport.application.user.UpdateUser;

/** The REST adapter: each resource built here from its use cases, all of them handed to Jersey in one feature. */
public final class RestModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), Object.class, RestResources.class);
    }

    @ProvidesIntoSet
    @RestResources
    Object health() {
        return new HealthResource();
    }

    @ProvidesIntoSet
    @RestResources
    Object users(ListUsers list, GetUser get, CreateUser create, UpdateUser update, DeleteUser delete, IssueToken token) {
        return new UsersResource(list, get, create, update, delete, token);
    }

    @Provides
    @Singleton
    CourseportFeature feature(AuthenticateCaller authenticator, @RestResources Set<Object> resources) {
        return new CourseportFeature(authenticator, List.copyOf(resources));
    }
}
