package dev.coalition.conflict;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.ledger.CreditEntry;
import dev.coalition.ledger.CreditLedger;
import dev.coalition.ledger.EntryKind;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The article's "dignified divergence", with Moloch's rage-quit as the working model: a member
 * leaves with a grace period, its contributions recognised and its value account settled, and
 * those who stay rebalance the steering body and the voting weight among themselves. A plan is a value; applying it
 * returns a new coalition and a new ledger and changes nothing else. The ledger keeps every
 * entry: the settlement is a redemption of the leaving member's whole balance, so balances plus
 * settlements paid out equal the total before.
 *
 * @param leaving            the member that leaves
 * @param graceUntil         the last day of its grace period (it keeps its rights until then)
 * @param creditsEarned      the credits it was granted over the coalition's life (its recognised contributions)
 * @param settlement         the balance paid out to it on departure
 * @param seatHandedTo       the staying member that takes its steering-body seat, if it had one and someone can take it:
 *                           of its category, not yet seated, the most trusted by those who stay (ties to the smaller id)
 * @param steeringBodyAfter  the steering body of those who stay
 * @param votingSharesAfter  each staying member's share of the voting weight once the leaving member's weight is gone
 *                           (weights are kept; their shares rise pro rata), in member order
 */
public record Divergence(String leaving, LocalDate graceUntil, long creditsEarned, long settlement,
                         Optional<String> seatHandedTo, List<String> steeringBodyAfter,
                         java.util.Map<String, Fraction> votingSharesAfter) {

    public Divergence {
        Objects.requireNonNull(leaving, "leaving");
        Objects.requireNonNull(graceUntil, "graceUntil");
        Objects.requireNonNull(seatHandedTo, "seatHandedTo");
        steeringBodyAfter = List.copyOf(steeringBodyAfter);
        votingSharesAfter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(votingSharesAfter));
    }

    /**
     * Plans the departure of a member.
     *
     * @param coalition the coalition
     * @param ledger    its knowledge-equity ledger
     * @param leaving   the member that leaves
     * @param asOf      the date of the decision
     * @param graceDays the grace period, in days (&ge; 0)
     * @throws InvalidCoalitionException if the member is unknown, or only two members would be left with one
     */
    public static Divergence plan(Coalition coalition, CreditLedger ledger, String leaving, LocalDate asOf, int graceDays) {
        List<Violation> problems = new ArrayList<>();
        Optional<Member> member = coalition.member(leaving);
        if (member.isEmpty()) {
            problems.add(new Violation("leaving", "unknown member \"" + leaving + "\""));
        }
        if (coalition.size() <= 2) {
            problems.add(new Violation("leaving", "a coalition of " + coalition.size()
                    + " cannot lose a member and remain a coalition; it dissolves instead"));
        }
        if (graceDays < 0) {
            problems.add(new Violation("graceDays", graceDays + " is negative"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoalitionException(problems);
        }
        long earned = ledger.entries().stream()
                .filter(e -> e.kind() == EntryKind.CREDIT && e.member().equals(leaving))
                .mapToLong(CreditEntry::amount).sum();
        long balance = ledger.balance(leaving);
        List<String> seats = new ArrayList<>(coalition.steeringBody());
        Optional<String> heir = Optional.empty();
        int seat = seats.indexOf(leaving);
        if (seat >= 0) {
            // trust from the leaving member no longer counts: it goes with it
            heir = coalition.members().stream()
                    .filter(m -> !m.id().equals(leaving) && !seats.contains(m.id()))
                    .filter(m -> m.category().equals(member.get().category()))
                    .max(Comparator.comparingLong((Member m) -> trustFromStaying(coalition, leaving, m.id()))
                            .thenComparing(Member::id, Comparator.reverseOrder()))
                    .map(Member::id);
            if (heir.isPresent()) {
                seats.set(seat, heir.get());
            } else {
                seats.remove(seat);
            }
        }
        long stayingWeight = coalition.members().stream().filter(m -> !m.id().equals(leaving)).mapToLong(Member::votingWeight).sum();
        java.util.Map<String, Fraction> shares = new java.util.LinkedHashMap<>();
        for (Member m : coalition.members()) {
            if (!m.id().equals(leaving)) {
                shares.put(m.id(), stayingWeight == 0 ? Fraction.ZERO : Fraction.of(m.votingWeight(), stayingWeight));
            }
        }
        return new Divergence(leaving, asOf.plusDays(graceDays), earned, balance, heir, seats, shares);
    }

    private static long trustFromStaying(Coalition coalition, String leaving, String memberId) {
        return coalition.members().stream().filter(m -> !m.id().equals(leaving) && m.trusts(memberId)).count();
    }

    /** The coalition after the departure and the ledger with the settlement; nothing else changes. */
    public record Result(Coalition coalition, CreditLedger ledger) {
    }

    /**
     * Applies the plan.
     *
     * @param date the date of the settlement entry (not before the ledger's last entry)
     */
    public Result apply(Coalition coalition, CreditLedger ledger, LocalDate date) {
        List<Member> staying = new ArrayList<>();
        for (Member m : coalition.members()) {
            if (m.id().equals(leaving)) {
                continue;
            }
            staying.add(m.withTrusts(m.trusts().stream().filter(id -> !id.equals(leaving)).toList()));
        }
        Coalition after = new Coalition(coalition.name(), coalition.formedOn(), staying, steeringBodyAfter,
                coalition.context(), coalition.externalMediators());
        CreditLedger settled = settlement > 0
                ? ledger.redeem(leaving, "settlement on departure", settlement, date,
                "Dignified divergence: \"" + leaving + "\" leaves with its balance of " + settlement + " credits paid out")
                : ledger;
        return new Result(after, settled);
    }
}
