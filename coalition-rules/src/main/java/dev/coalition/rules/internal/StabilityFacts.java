package dev.coalition.rules.internal;

import dev.coalition.policy.Settings;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.value.BlockingGroup;
import dev.coalition.rules.value.NucleolusOmitted;
import dev.coalition.value.Allocation;
import dev.coalition.value.Fraction;
import dev.coalition.value.TableGame;
import dev.coalition.value.stability.BlockingCoalition;
import dev.coalition.value.stability.Nucleolus;
import dev.coalition.value.stability.Stability;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stability of a distribution's division: computed by core in the game's own units, then
 * turned into facts for the value-stability rules and into explanation steps.
 */
final class StabilityFacts {

    private static final String STEP = "value.stability.computed";

    private StabilityFacts() {
    }

    /**
     * The stability of the division, when the request gives a game table and a positive amount: the
     * shares of v(N) are the exact shares times v(N) over the amount.
     */
    static Optional<Stability> assess(Settings settings, DistributionRequest request, Allocation allocation) {
        if (!(request.game() instanceof TableGame game) || request.amount().units() <= 0) {
            return Optional.empty();
        }
        Fraction grand = game.grandValue();
        Fraction amount = Fraction.of(request.amount().units());
        Map<String, Fraction> shares = new LinkedHashMap<>();
        for (String player : game.players()) {
            shares.put(player, allocation.exactShares().get(player).multiply(grand).divide(amount));
        }
        return Optional.of(Stability.of(game, shares, settings.integer("value.nucleolusMaxPlayers")));
    }

    /** The facts the value-stability rules read. */
    static List<Object> of(Settings settings, TableGame game, Stability stability) {
        List<Object> facts = new ArrayList<>();
        List<BlockingCoalition> blocking = stability.blockingCoalitions();
        for (int k = 0; k < blocking.size(); k++) {
            BlockingCoalition b = blocking.get(k);
            facts.add(new BlockingGroup(b.members(), b.value(), b.received(), b.gain(), k + 1));
        }
        stability.omission().ifPresent(o -> facts.add(new NucleolusOmitted(o.name(), game.players().size(),
                settings.integer("value.nucleolusMaxPlayers"), Nucleolus.individualTotal(game),
                game.grandValue())));
        return facts;
    }

    /** How the stability was computed, as explanation steps. */
    static List<ExplanationStep> explanation(Stability stability) {
        List<String> sentences = new ArrayList<>();
        sentences.add("The division was tested against every group of members in the game's own units: "
                + (stability.inCore() ? "no group can create more on its own than it gets, so the division is in the core."
                : stability.blockingCount() == 0 ? "the shares do not add up to v(N), so the division is not in the core."
                : stability.blockingCount() + (stability.blockingCount() == 1 ? " group gets" : " groups get")
                + " less than it can create on its own, so the division is not in the core."));
        stability.epsilon().ifPresent(e -> sentences.add("The least core's epsilon is " + e + ": "
                + (e.signum() < 0 ? "the core has divisions that leave every group at least " + e.negate() + " to spare."
                : e.signum() == 0 ? "the core is not empty, but some group is left nothing to spare in every division in it."
                : "the core is empty; the best any division can do is to leave no group more than " + e + " short.")));
        stability.nucleolus().ifPresent(n -> sentences.add("The nucleolus was computed exactly by sequential linear programs: "
                + String.join(", ", n.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + "."));
        return Findings.computed(STEP, "Computed by the stability test of the division", sentences);
    }

    /** The computed steps followed by the stability rules that fired. */
    static List<ExplanationStep> withRules(List<ExplanationStep> computed, List<ExplanationStep> fired) {
        List<ExplanationStep> steps = new ArrayList<>(computed);
        fired.stream().filter(s -> s.rule().startsWith("value.stability.")).forEach(steps::add);
        return steps;
    }
}
