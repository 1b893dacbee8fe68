package io.camelspeech.component.store;

import java.time.Clock;

class InMemoryJobStoreTest extends JobStoreContractTest {

    @Override
    protected JobStore newStore(Clock clock) {
        return new InMemoryJobStore(clock);
    }
}
