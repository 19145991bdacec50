package dev.coalition.rules.api;

/**
 * Thrown when a policy compiles but misbehaves while deciding: a rule's consequence fails, the
 * rules fire more often than the cap allows (a rule that keeps re-triggering itself), or the
 * rules leave the decision incomplete or contradictory (no governance mode, or two). The message
 * names the rule or the result concerned.
 */
public final class PolicyRuntimeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the rule or result concerned */
    public PolicyRuntimeException(String message) {
        super(message);
    }

    /** @param message what went wrong; @param cause the underlying failure */
    public PolicyRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
