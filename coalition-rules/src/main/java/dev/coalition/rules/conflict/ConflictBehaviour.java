package dev.coalition.rules.conflict;

import dev.coalition.conflict.Behaviour;

/**
 * Input fact: one behaviour observed in a conflict, with its Glasl stage.
 *
 * @param behaviour the behaviour
 */
public record ConflictBehaviour(Behaviour behaviour) {

    /** The behaviour's Glasl stage, 1..9. */
    public int stage() {
        return behaviour.stage();
    }
}
