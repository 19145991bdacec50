package dev.coalition.rules.internal;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Member;
import dev.coalition.core.Violation;
import dev.coalition.policy.Settings;
import dev.coalition.rules.api.VotingAdvice;
import dev.coalition.rules.voting.ComplementaryWinners;
import dev.coalition.rules.voting.PlayerPower;
import dev.coalition.voting.VotingPower;
import dev.coalition.voting.WeightedVotingGame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The voting-power analysis: exact indices from core, legitimacy findings from the rules. */
public final class VotingDecision {

    private VotingDecision() {
    }

    /**
     * Analyses a weighted vote among the coalition's members.
     *
     * @param weights the weights to use, by member, replacing the members' voting weights for this
     *                analysis; {@code null} to use the members' voting weights
     * @param maxCost the most work the exact indices may take ({@link WeightedVotingGame#cost(int, long)})
     */
    public static VotingAdvice analyse(DecisionRunner runner, Settings settings, Coalition coalition, long quota,
                                       Map<String, Long> weights, long maxCost) {
        Map<String, Long> used = new LinkedHashMap<>();
        if (weights == null) {
            coalition.members().forEach(m -> used.put(m.id(), (long) m.votingWeight()));
        } else {
            List<Violation> problems = new ArrayList<>();
            for (Member m : coalition.members()) {
                if (!weights.containsKey(m.id())) {
                    problems.add(new Violation("voting.weights." + m.id(), "is missing: given weights replace the members' "
                            + "voting weights, so give one for every member"));
                } else {
                    used.put(m.id(), weights.get(m.id()));
                }
            }
            weights.keySet().stream().filter(id -> coalition.member(id).isEmpty())
                    .forEach(id -> problems.add(new Violation("voting.weights." + id, "unknown member " + Violation.quote(id))));
            if (!problems.isEmpty()) {
                throw new InvalidCoalitionException(problems);
            }
        }
        WeightedVotingGame game;
        try {
            game = WeightedVotingGame.of(quota, used, maxCost);
        } catch (InvalidCoalitionException e) {
            throw new InvalidCoalitionException(e.violations().stream()
                    .map(v -> new Violation("voting." + v.path(), v.message())).toList());
        }
        VotingPower power = game.power();
        List<Object> facts = new ArrayList<>(List.of(settings, coalition));
        double total = game.totalWeight();
        for (String id : game.players()) {
            long w = game.weights().get(id);
            facts.add(new PlayerPower(id, w, total == 0 ? 0 : w / total, power.banzhaf().get(id).doubleValue(),
                    power.shapleyShubik().get(id).doubleValue(), power.vetoPlayers().contains(id), power.nullPlayers().contains(id),
                    w >= game.quota()));
        }
        game.complementaryWinners().ifPresent(winners -> {
            List<String> complement = game.players().stream().filter(id -> !winners.contains(id)).toList();
            long weight = winners.stream().mapToLong(id -> game.weights().get(id)).sum();
            facts.add(new ComplementaryWinners(winners, weight, complement, game.totalWeight() - weight, game.quota(),
                    game.totalWeight(), game.totalWeight() / 2 + 1));
        });
        DecisionRunner.Outcome outcome = runner.run("voting", coalition.name(), facts);
        return new VotingAdvice(power, Findings.of(outcome), outcome.explanation());
    }
}
