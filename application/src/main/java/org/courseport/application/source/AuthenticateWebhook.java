package org.courseport.application.source;

/**
 * Checks a webhook delivery's proof against its source's secret before anything else is done with it.
 * An unknown source and a missing or wrong proof are the same {@code Unauthenticated}.
 */
public interface AuthenticateWebhook {
    VerifiedDelivery authenticate(WebhookCall call);
}
