package dev.coalition.lifecycle;

import java.util.Arrays;
import java.util.List;

/**
 * The steps of forming a coalition before its first joint project, in the order they are usually
 * taken: assess compatibility, agree governance and value principles, set communication
 * protocols and conflict procedures, plan integration sprints.
 */
public enum FormationStep {
    /** The partners' compatibility has been assessed. */
    COMPATIBILITY_ASSESSED,
    /** The governance principles are agreed. */
    GOVERNANCE_AGREED,
    /** The principles of value distribution are agreed before any value is created. */
    VALUE_PRINCIPLES_AGREED,
    /** The communication protocols are set. */
    COMMUNICATION_PROTOCOLS_SET,
    /** The conflict procedures (the escalation ladder) are agreed. */
    CONFLICT_PROCEDURES_AGREED,
    /** Integration sprints are planned before the first major joint project. */
    INTEGRATION_SPRINTS_PLANNED;

    /** Every step's name, in order. */
    public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();
}
