package dev.coalition.health;

import java.util.Arrays;
import java.util.List;

/**
 * The three pillars of an alliance's health: all three must hold for it to last (strategic
 * alignment beyond immediate goals, the practical ability to work together day to day, and the
 * capacity to withstand conflict and change without fracturing).
 */
public enum Pillar {
    /** Shared values and long-term vision, not only shared objectives. */
    STRATEGIC_ALIGNMENT("strategicAlignment"),
    /** The practical ability to work together: systems, processes, communication. */
    OPERATIONAL_INTEROPERABILITY("operationalInteroperability"),
    /** The capacity to withstand conflicts and changes (of people, of leaders) without fracturing. */
    RELATIONAL_RESILIENCE("relationalResilience");

    /** The pillars' field names in an assessment, in pillar order. */
    public static final List<String> FIELDS = Arrays.stream(values()).map(Pillar::field).toList();

    private final String field;

    Pillar(String field) {
        this.field = field;
    }

    /** The pillar's field name in an assessment, e.g. {@code strategicAlignment}. */
    public String field() {
        return field;
    }
}
