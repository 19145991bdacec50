package dev.coalition.rules.conflict;

import dev.coalition.conflict.Behaviour;

/**
 * Input fact: one behaviour observed in a conflict, with its Glasl stage.
 *
 * @param behaviour the behaviour
 * @param stage     its Glasl stage, 1..9
 * @param order     its position in the behaviour vocabulary (ties between behaviours of one stage go to the lower)
 */
public record ConflictBehaviour(Behaviour behaviour, int stage, int order) {

    /** The fact for a behaviour. */
    public ConflictBehaviour(Behaviour behaviour) {
        this(behaviour, behaviour.stage(), behaviour.ordinal());
    }
}
