package dev.coalition.conflict;

/**
 * The kinds of conflict (Jehn 1995, 1997): what the disagreement is about. Also the kinds of
 * mediation expertise a member or an external mediator may have.
 */
public enum ConflictType {
    /** About goals and content: objectives, priorities, strategy, scope (task conflict). */
    GOAL,
    /** About how work is done: roles, procedures, resources, schedule, decision rights. */
    PROCESS,
    /** About the people: trust, respect, personal matters, communication style. */
    RELATIONSHIP
}
