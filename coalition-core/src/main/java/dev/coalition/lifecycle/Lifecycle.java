package dev.coalition.lifecycle;

import dev.coalition.conflict.Conflict;
import dev.coalition.conflict.StepRecord;
import dev.coalition.core.Violation;
import dev.coalition.governance.GovernanceMode;
import dev.coalition.health.HealthAssessment;
import dev.coalition.value.ValuePortfolio;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A coalition's life so far, for a renewal review: the renewals held, the governance mode in force
 * and the evidence that may call for adaptation (health assessments, conflicts, value portfolios,
 * membership changes). Build one with {@link #builder()}; any value is accepted here so that every
 * problem can be reported with its path by {@link #violations(LocalDate, LocalDate)}.
 *
 * @param renewals          the days renewal retreats were held, oldest first
 * @param currentMode       the governance mode in force, or {@code null} when not given
 * @param health            dated health assessments (may be empty)
 * @param conflicts         the coalition's conflicts (may be empty)
 * @param portfolios        the members' value portfolios (may be empty)
 * @param membershipChanges admissions and departures, in the order they took effect (may be empty)
 */
public record Lifecycle(List<LocalDate> renewals, GovernanceMode currentMode, List<HealthAssessment> health,
                        List<Conflict> conflicts, List<ValuePortfolio> portfolios, List<MembershipChange> membershipChanges) {

    public Lifecycle {
        renewals = copy(renewals);
        health = copy(health);
        conflicts = copy(conflicts);
        portfolios = copy(portfolios);
        membershipChanges = copy(membershipChanges);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** Starts a lifecycle with no renewals, no mode in force and no evidence. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The problems with the renewals and membership changes, paths under {@code lifecycle} and
     * {@code membershipChanges}: a missing date, renewals not in date order or given twice, a
     * renewal or change before the coalition was formed. Renewals after {@code asOf} are not a
     * problem: they are left out of the review.
     */
    public List<Violation> violations(LocalDate formedOn, LocalDate asOf) {
        List<Violation> problems = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < renewals.size(); i++) {
            String path = "lifecycle.renewals[" + i + "]";
            LocalDate day = renewals.get(i);
            if (day == null) {
                problems.add(new Violation(path, "is missing: give the day of the renewal, e.g. 2024-06-01"));
                continue;
            }
            if (formedOn != null && day.isBefore(formedOn)) {
                problems.add(new Violation(path, day + " is before the coalition was formed on " + formedOn
                        + ": a renewal comes after formation"));
            }
            if (previous != null && !day.isAfter(previous)) {
                problems.add(new Violation(path, day + " is not after the renewal before it, " + previous
                        + ": list renewals oldest first, each once"));
            }
            previous = day;
        }
        LocalDate last = null;
        for (int i = 0; i < membershipChanges.size(); i++) {
            String path = "membershipChanges[" + i + "]";
            MembershipChange change = membershipChanges.get(i);
            if (change == null || change.on() == null) {
                problems.add(new Violation(path + (change == null ? "" : ".on"), "is missing: give the day the change took effect"));
                continue;
            }
            if (formedOn != null && change.on().isBefore(formedOn)) {
                problems.add(new Violation(path + ".on", change.on() + " is before the coalition was formed on " + formedOn
                        + ": a membership change comes after formation"));
            }
            if (change.kind() == null) {
                problems.add(new Violation(path + ".kind", "is missing: give ADMIT or DEPART"));
            } else if (change.memberId() == null) {
                problems.add(new Violation(path + ".member", "is missing: give the member " + (change.kind()
                        == MembershipChange.Kind.ADMIT ? "admitted" : "departing")));
            }
            if (last != null && change.on().isBefore(last)) {
                problems.add(new Violation(path + ".on", change.on() + " is before the change listed before it, " + last
                        + ": list membership changes in the order they took effect"));
            }
            last = change.on();
        }
        return problems;
    }

    /** The renewals held by a day (those dated after it are left out). */
    public List<LocalDate> renewalsBy(LocalDate asOf) {
        return renewals.stream().filter(d -> !d.isAfter(asOf)).toList();
    }

    /** The last renewal held by a day, or {@code null} when none was. */
    public LocalDate lastRenewal(LocalDate asOf) {
        List<LocalDate> held = renewalsBy(asOf);
        return held.isEmpty() ? null : held.get(held.size() - 1);
    }

    /** The start of the current renewal period: the last renewal held by a day, or the day of formation. */
    public LocalDate periodStart(LocalDate formedOn, LocalDate asOf) {
        LocalDate last = lastRenewal(asOf);
        return last == null ? formedOn : last;
    }

    /** Whole months from formation to a day (rounded down). */
    public static long ageMonths(LocalDate formedOn, LocalDate asOf) {
        return ChronoUnit.MONTHS.between(formedOn, asOf);
    }

    /**
     * How many times a conflict escalated within a period: the steps after its first, dated from
     * {@code from} to {@code to} (both included). Each new rung of the ladder is an escalation.
     */
    public static int escalations(Conflict conflict, LocalDate from, LocalDate to) {
        List<StepRecord> history = conflict.history();
        int count = 0;
        for (int i = 1; i < history.size(); i++) {
            LocalDate day = history.get(i).date();
            if (!day.isBefore(from) && !day.isAfter(to)) {
                count++;
            }
        }
        return count;
    }

    /** Builds a {@link Lifecycle}. */
    public static final class Builder {
        private final List<LocalDate> renewals = new ArrayList<>();
        private GovernanceMode currentMode;
        private final List<HealthAssessment> health = new ArrayList<>();
        private final List<Conflict> conflicts = new ArrayList<>();
        private final List<ValuePortfolio> portfolios = new ArrayList<>();
        private final List<MembershipChange> membershipChanges = new ArrayList<>();

        private Builder() {
        }

        /** Adds renewals held, oldest first. */
        public Builder renewals(LocalDate... days) {
            renewals.addAll(java.util.Arrays.asList(days));
            return this;
        }

        /** The governance mode in force. */
        public Builder currentMode(GovernanceMode mode) {
            this.currentMode = mode;
            return this;
        }

        /** Adds health assessments. */
        public Builder health(List<HealthAssessment> assessments) {
            health.addAll(assessments);
            return this;
        }

        /** Adds conflicts. */
        public Builder conflicts(List<Conflict> list) {
            conflicts.addAll(list);
            return this;
        }

        /** Adds value portfolios. */
        public Builder portfolios(List<ValuePortfolio> list) {
            portfolios.addAll(list);
            return this;
        }

        /** Adds membership changes, in the order they took effect. */
        public Builder membershipChanges(List<MembershipChange> changes) {
            membershipChanges.addAll(changes);
            return this;
        }

        /** The lifecycle. */
        public Lifecycle build() {
            return new Lifecycle(renewals, currentMode, health, conflicts, portfolios, membershipChanges);
        }
    }
}
