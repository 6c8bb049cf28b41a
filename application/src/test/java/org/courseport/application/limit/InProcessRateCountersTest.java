package org.courseport.application.limit;

import org.courseport.application.contracts.RateCountersContract;
import org.courseport.domain.limit.RateCounters;

class InProcessRateCountersTest extends RateCountersContract {
    private final InProcessRateCounters counters = new InProcessRateCounters();

    @Override
    protected RateCounters counters() {
        return counters;
    }
}
