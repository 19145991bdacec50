package dev.coalition.proposal;

import dev.coalition.value.Fraction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The count of a vote as of an instant: which votes count, the weights for, against and abstaining,
 * participation and support, and when the vote closes once a late quorum has extended it.
 *
 * <p>Late quorum (OpenZeppelin Governor's {@code GovernorPreventLateQuorum}): when the quorum is first
 * reached by a vote cast at {@code t} and {@code t + extension} is after the close, the vote closes at
 * {@code t + extension} instead, so that a bloc voting at the last minute cannot pass a proposal
 * before the others can react. A close is never shortened. The quorum here is reached when the weight
 * cast is at least the frozen quorum's share of the total weight. Votes are taken in the order they
 * were cast; a vote cast exactly at the close counts.
 *
 * @param closesAt        the close the proposal was opened with
 * @param closes          the close in force: {@code closesAt}, or later when extended
 * @param extendedTo      the extended close, or {@code null} when the vote was not extended
 * @param quorumReachedAt when the quorum was first reached, or {@code null} when it was not (yet)
 * @param counted         the votes that count, in the order they were cast
 * @param afterClose      votes cast after the close in force (ignored)
 * @param afterAsOf       votes dated after the instant counted to (left out)
 * @param totalWeight     the total weight of the members who may vote
 * @param forWeight       the weight of the FOR votes counted
 * @param againstWeight   the weight of the AGAINST votes counted
 * @param abstainWeight   the weight of the ABSTAIN votes counted
 * @param open            whether the vote is still open at the instant counted to (before {@code closes})
 */
public record VoteTally(Instant closesAt, Instant closes, Instant extendedTo, Instant quorumReachedAt,
                        List<Vote> counted, List<Vote> afterClose, List<Vote> afterAsOf,
                        long totalWeight, long forWeight, long againstWeight, long abstainWeight, boolean open) {

    public VoteTally {
        counted = Collections.unmodifiableList(new ArrayList<>(counted));
        afterClose = Collections.unmodifiableList(new ArrayList<>(afterClose));
        afterAsOf = Collections.unmodifiableList(new ArrayList<>(afterAsOf));
    }

    /**
     * Counts a proposal's votes as of an instant.
     *
     * @param proposal  a proposal without {@linkplain Proposal#violations problems}
     * @param rules     the rules it is decided by (its frozen rules, or those frozen now)
     * @param asOf      the instant to count to: later votes are left out
     * @param extension how long a late quorum keeps the vote open ({@link Duration#ZERO} for never)
     */
    public static VoteTally count(Proposal proposal, FrozenRules rules, Instant asOf, Duration extension) {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(extension, "extension");
        long total = rules.totalWeight();
        List<Vote> inOrder = new ArrayList<>(proposal.votes());
        inOrder.sort(Comparator.comparing(Vote::at));
        Instant closes = proposal.closesAt();
        Instant extendedTo = null;
        Instant quorumAt = null;
        List<Vote> counted = new ArrayList<>();
        List<Vote> afterClose = new ArrayList<>();
        List<Vote> afterAsOf = new ArrayList<>();
        long[] weights = new long[Choice.values().length];
        long cast = 0;
        for (Vote vote : inOrder) {
            if (vote.at().isAfter(asOf)) {
                afterAsOf.add(vote);
            } else if (vote.at().isAfter(closes)) {
                afterClose.add(vote);
            } else {
                counted.add(vote);
                long weight = rules.weights().getOrDefault(vote.member(), 0L);
                weights[vote.choice().ordinal()] = Math.addExact(weights[vote.choice().ordinal()], weight);
                cast = Math.addExact(cast, weight);
                if (quorumAt == null && total > 0 && Fraction.of(cast, total).compareTo(rules.quorum()) >= 0) {
                    quorumAt = vote.at();
                    Instant late = vote.at().plus(extension);
                    if (late.isAfter(closes)) {
                        closes = late;
                        extendedTo = late;
                    }
                }
            }
        }
        return new VoteTally(proposal.closesAt(), closes, extendedTo, quorumAt, counted, afterClose, afterAsOf, total,
                weights[Choice.FOR.ordinal()], weights[Choice.AGAINST.ordinal()], weights[Choice.ABSTAIN.ordinal()],
                asOf.isBefore(closes));
    }

    /** The weight of every vote counted, FOR, AGAINST and ABSTAIN. */
    public long castWeight() {
        return forWeight + againstWeight + abstainWeight;
    }

    /** The weight cast as a share of the total weight (0 when the total is 0). */
    public Fraction participation() {
        return totalWeight == 0 ? Fraction.ZERO : Fraction.of(castWeight(), totalWeight);
    }

    /** FOR as a share of FOR and AGAINST; 0 when nobody voted FOR or AGAINST. */
    public Fraction support() {
        long decisive = forWeight + againstWeight;
        return decisive == 0 ? Fraction.ZERO : Fraction.of(forWeight, decisive);
    }
}
