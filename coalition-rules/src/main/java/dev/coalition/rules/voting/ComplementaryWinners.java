package dev.coalition.rules.voting;

import java.util.List;
import java.util.Objects;

/**
 * Input fact: a coalition of a weighted vote and its complement (the members outside it), with
 * their weights, inserted when both reach the quota (the vote is then not a proper game; see
 * {@link dev.coalition.voting.WeightedVotingGame#complementaryWinners()}).
 *
 * @param coalition        the coalition's members, in member order
 * @param weight           its weight
 * @param complement       the other members, in member order
 * @param complementWeight their weight
 * @param quota            the quota
 * @param totalWeight      the weight of all members
 * @param majority         the smallest quota above half the total weight, which no coalition and its complement can both reach
 */
public record ComplementaryWinners(List<String> coalition, long weight, List<String> complement, long complementWeight,
                                   long quota, long totalWeight, long majority) {

    public ComplementaryWinners {
        coalition = List.copyOf(Objects.requireNonNull(coalition, "coalition"));
        complement = List.copyOf(Objects.requireNonNull(complement, "complement"));
    }
}
