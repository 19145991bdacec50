package dev.coalition.testkit;

import java.util.Objects;

/**
 * A request that breaks a fairness law, with everything needed to see why. Immutable.
 *
 * @param law    the law broken
 * @param policy who divided: the policy's name, or the advisor and the policy it chose
 * @param input  the request, written out
 * @param shares each member's exact share and payout, written out
 * @param why    what exactly broke the law, in a sentence naming the members and figures
 */
public record Counterexample(FairnessLaw law, String policy, String input, String shares, String why) {

    /** Checks that every part is given. */
    public Counterexample {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(shares, "shares");
        Objects.requireNonNull(why, "why");
    }

    /** The counterexample as lines a person reads: the law, why, the input and the shares. */
    public String message() {
        return law + " broken by " + policy + ": " + law.statement() + "\n"
                + "  why:    " + why + "\n"
                + "  input:  " + input + "\n"
                + "  shares: " + shares;
    }

    /** {@link #message()}. */
    @Override
    public String toString() {
        return message();
    }
}
