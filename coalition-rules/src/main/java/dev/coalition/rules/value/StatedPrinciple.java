package dev.coalition.rules.value;

import dev.coalition.value.Principle;

/**
 * Input fact: one principle the coalition states for distributing value; one per principle.
 *
 * @param principle the principle
 */
public record StatedPrinciple(Principle principle) {

    /** The principle's precedence: lower is more specific (declaration order of {@link Principle}). */
    public int precedence() {
        return principle.ordinal();
    }
}
