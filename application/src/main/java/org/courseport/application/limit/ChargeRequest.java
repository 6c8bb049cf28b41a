package org.courseport.application.limit;

import org.courseport.domain.limit.RateDecision;
import org.courseport.domain.limit.RateKey;

/** Counts one request against its key's allowance and says whether it may go ahead. */
public interface ChargeRequest {
    RateDecision charge(RateKey key);
}
