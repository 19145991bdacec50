/**
 * Tests of policy rules in Java, in the spirit of Timefold's {@code ConstraintVerifier}:
 * {@link dev.coalition.rules.verifier.PolicyVerifier} decides on a given coalition and asserts
 * which rules fire and what results, with failure messages that show what fired instead.
 */
package dev.coalition.rules.verifier;
