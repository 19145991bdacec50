package dev.coalition.testkit;

import dev.coalition.conflict.Conflict;
import dev.coalition.core.Coalition;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A generated conflict with what an assessment needs: {@code advisor.assessConflict(coalition, conflict, asOf)}.
 *
 * @param coalition the coalition, with its members' mediation expertise and external mediators
 * @param conflict  the conflict among its members
 * @param asOf      the decision date, on or after every date of the conflict
 */
public record ConflictCase(Coalition coalition, Conflict conflict, LocalDate asOf) {

    /** Checks that every part is given. */
    public ConflictCase {
        Objects.requireNonNull(coalition, "coalition");
        Objects.requireNonNull(conflict, "conflict");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** A readable account of the case, for counterexamples. */
    @Override
    public String toString() {
        Conflict c = conflict;
        return Coalitions.describe(coalition)
                + (coalition.externalMediators().isEmpty() ? "" : "; external " + coalition.externalMediators().stream()
                .map(m -> m.id() + m.expertise()).collect(Collectors.joining(",")))
                + " | conflict parties " + c.parties() + " subjects " + c.subjects() + " behaviours " + c.behaviours()
                + " opened " + c.openedOn() + " history " + c.history().stream()
                .map(s -> s.step() + "@" + s.date() + ":" + s.outcome()).toList()
                + " importance " + c.importance() + " emotion " + c.negativeEmotion() + " efficacy " + c.resolutionEfficacy()
                + (c.leaving() == null ? "" : " leaving " + c.leaving()) + " | asOf " + asOf;
    }
}
