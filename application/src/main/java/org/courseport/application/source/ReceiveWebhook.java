package org.courseport.application.source;

import org.courseport.domain.source.WebhookEvent;

/**
 * Acts on a verified delivery: a ping is answered, a push to the source's branch queues an import (or
 * joins the one already waiting), anything else is ignored with the reason.
 */
public interface ReceiveWebhook {
    WebhookOutcome receive(VerifiedDelivery delivery, WebhookEvent event);
}
