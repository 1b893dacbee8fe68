package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.spi.ProviderExchange;

import java.util.concurrent.atomic.AtomicLong;

/** The account's credit balance, shared by all requests of the sandbox. */
final class CreditAccount {

    /** What one request cost and what is left; both go into response headers. */
    record Charge(long used, long remaining) {
        void applyTo(ProviderExchange exchange) {
            exchange.setResponseHeader("X-Credits-Used", Long.toString(used));
            exchange.setResponseHeader("X-Credits-Remaining", Long.toString(remaining));
        }
    }

    private final AtomicLong balance;

    CreditAccount(long initialBalance) {
        this.balance = new AtomicLong(initialBalance);
    }

    /** Takes {@code cost} credits, or refuses with 402 insufficient_credits leaving the balance untouched. */
    Charge charge(long cost) {
        while (true) {
            long available = balance.get();
            if (available < cost) {
                throw TtsAiException.insufficientCredits(cost, available);
            }
            if (balance.compareAndSet(available, available - cost)) {
                return new Charge(cost, available - cost);
            }
        }
    }

    Charge free() {
        return new Charge(0, balance.get());
    }
}
