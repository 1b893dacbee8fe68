package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelspeech.component.job.SpeechJobException;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** Stopping Camel while a job runs ends the wait at once, with the job (and its id) handed back, not lost. */
class StoppingWhileWaitingTest extends SandboxTestSupport {

    @Test
    void aStoppingContextHandsBackTheJobItWasWaitingFor() throws Exception {
        sandbox.jobs().stallNext("aimlapi");
        byte[] audio = speech("a job still running when Camel stops");
        AsyncProducer producer = context.getEndpoint(sandboxUri("aimlapi", "speechToText", "")).createAsyncProducer();
        producer.start();
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(audio);
        CountDownLatch done = new CountDownLatch(1);
        producer.process(exchange, doneSync -> done.countDown());
        awaitCreated();

        context.stop();

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(exchange.getException()).isInstanceOf(SpeechJobException.class);
        SpeechJobException error = (SpeechJobException) exchange.getException();
        assertThat(error.getReason()).isEqualTo(SpeechJobException.Reason.STOPPED);
        assertThat(error.getJob().id()).isNotBlank();
        assertThat(exchange.getMessage().getHeader(SpeechConstants.JOB_ID)).isEqualTo(error.getJob().id());
    }

    /** Created at the provider and recorded: from then on the route is waiting for it. */
    private void awaitCreated() throws InterruptedException {
        io.camelspeech.component.store.JobStore store
                = context.getRegistry().lookupByNameAndType("jobStore", io.camelspeech.component.store.JobStore.class);
        // the record exists from before the create request (write-ahead): recorded means it has the job id
        for (int i = 0; i < 250 && store.pending("aimlapi").stream().noneMatch(r -> r.jobId() != null); i++) {
            Thread.sleep(20);
        }
        assertThat(sandbox.jobs().created("aimlapi")).isEqualTo(1);
        assertThat(store.pending("aimlapi")).hasSize(1);
    }
}
