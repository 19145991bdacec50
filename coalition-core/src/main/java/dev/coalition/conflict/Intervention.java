package dev.coalition.conflict;

/**
 * Third-party interventions in a conflict, from least to most directive (Glasl): the more a
 * conflict has escalated, the more directive the intervention it allows — never less. Each
 * intervention's range of stages is a policy setting.
 */
public enum Intervention {
    /** Moderation: the parties keep the process; stages 1–3 by default. */
    MODERATION,
    /** Process guidance: a facilitator structures the process; stages 3–5. */
    PROCESS_GUIDANCE,
    /** Socio-therapeutic process guidance: works on perceptions and relationships; stages 4–6. */
    SOCIO_THERAPEUTIC_PROCESS_GUIDANCE,
    /** Mediation by a professional; stages 5–7. */
    MEDIATION,
    /** Arbitration: a third party decides; stages 6–8. */
    ARBITRATION,
    /** Power intervention: an authority imposes a solution; stages 7–9. */
    POWER_INTERVENTION
}
