package dev.coalition.testkit;

import dev.coalition.value.Allocation;
import dev.coalition.value.AllocationPolicy;
import dev.coalition.value.AllocationRequest;
import dev.coalition.value.CharacteristicFunction;
import dev.coalition.value.FairnessLaws;
import dev.coalition.value.Fraction;
import dev.coalition.value.Shapley;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks fairness laws on one request and writes a {@link Counterexample} for each law broken.
 * The verdicts are those of {@link FairnessLaws}; this class adds what a person needs to see why.
 */
final class LawChecks {

    /**
     * What checking one law on one request found.
     *
     * @param law            the law
     * @param applied        whether the law says anything about this request (a symmetry law needs two members the request cannot tell apart)
     * @param counterexample the counterexample, or {@code null} when the law held or did not apply
     */
    record Result(FairnessLaw law, boolean applied, Counterexample counterexample) {
    }

    private final AllocationPolicy policy;
    private final AllocationRequest request;
    private final Function<AllocationRequest, String> describe;
    private Allocation allocation;
    private String who;
    private String shares;

    private LawChecks(AllocationPolicy policy, AllocationRequest request, Function<AllocationRequest, String> describe) {
        this.policy = policy;
        this.request = request;
        this.describe = describe;
    }

    /**
     * Checks the laws on a request: the allocation first ({@link FairnessLaw#ANSWERS_VALID_REQUEST},
     * always checked), then each law asked for.
     *
     * @param random chooses the member and the raise for {@link FairnessLaw#MONOTONE_IN_CONTRIBUTION};
     *               {@code null} tries every member with a raise of 1 and of the total contribution
     */
    static List<Result> check(AllocationPolicy policy, AllocationRequest request, Collection<FairnessLaw> laws,
                              Function<AllocationRequest, String> describe, Random random) {
        return new LawChecks(policy, request, describe).run(laws, random);
    }

    private List<Result> run(Collection<FairnessLaw> laws, Random random) {
        List<Result> results = new ArrayList<>();
        who = policy.name();
        try {
            allocation = policy.allocate(request);
        } catch (RuntimeException e) {
            results.add(new Result(FairnessLaw.ANSWERS_VALID_REQUEST, true, new Counterexample(FairnessLaw.ANSWERS_VALID_REQUEST,
                    who, describe.apply(request), "none", "the request was refused: " + refusal(e))));
            return results;
        }
        if (!who.equals(allocation.policy())) {
            who = who + " (applying " + allocation.policy() + ")";
        }
        shares = shares(allocation);
        results.add(new Result(FairnessLaw.ANSWERS_VALID_REQUEST, true, null));
        for (FairnessLaw law : FairnessLaw.values()) {
            if (law != FairnessLaw.ANSWERS_VALID_REQUEST && laws.contains(law)) {
                results.add(check(law, random));
            }
        }
        return results;
    }

    private Result check(FairnessLaw law, Random random) {
        return switch (law) {
            case ANSWERS_VALID_REQUEST -> held(law);
            case EFFICIENT -> FairnessLaws.efficient(allocation) ? held(law) : broken(law, "the exact shares add up to "
                    + Fraction.sum(allocation.exactShares().values()) + ", not the amount's " + allocation.amount().units() + " "
                    + units());
            case PAID_OUT_ADDS_UP -> FairnessLaws.paidOutAddsUp(allocation) ? held(law) : broken(law, "the payouts add up to "
                    + allocation.paidOut().values().stream().mapToLong(Long::longValue).sum() + ", not the amount's "
                    + allocation.amount().units() + " " + units());
            case WITHIN_ONE_UNIT -> withinOneUnit(law);
            case SYMMETRIC, INTERCHANGEABLE_PAID_WITHIN_ONE_UNIT -> symmetric(law);
            case MONOTONE_IN_CONTRIBUTION -> monotone(law, random);
            case DETERMINISTIC -> deterministic(law);
            case NULL_PLAYER_GETS_NOTHING -> nullPlayer(law);
            case NO_NEGATIVE_SHARE_IN_MONOTONE_GAME -> noNegativeShare(law);
        };
    }

    private Result withinOneUnit(FairnessLaw law) {
        if (FairnessLaws.withinOneUnit(allocation)) {
            return held(law);
        }
        for (Map.Entry<String, Long> e : allocation.paidOut().entrySet()) {
            Fraction exact = allocation.exactShares().get(e.getKey());
            Fraction gap = Fraction.of(e.getValue()).subtract(exact);
            if (gap.compareTo(Fraction.ONE) >= 0 || gap.compareTo(Fraction.ONE.negate()) <= 0) {
                return broken(law, e.getKey() + " is paid " + e.getValue() + " " + units() + " for an exact share of " + exact);
            }
        }
        return broken(law, "a payout is a unit or more from its exact share");
    }

    private Result symmetric(FairnessLaw law) {
        List<String> members = request.members();
        boolean applied = false;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                String a = members.get(i);
                String b = members.get(j);
                if (!interchangeable(a, b)) {
                    continue;
                }
                applied = true;
                if (law == FairnessLaw.SYMMETRIC) {
                    Fraction x = allocation.exactShares().get(a);
                    Fraction y = allocation.exactShares().get(b);
                    if (!x.equals(y)) {
                        return broken(law, a + " and " + b + " cannot be told apart (" + basis(a) + "), but " + a
                                + "'s exact share is " + x + " and " + b + "'s is " + y);
                    }
                } else {
                    long x = allocation.paidOut().get(a);
                    long y = allocation.paidOut().get(b);
                    if (Math.abs(x - y) > 1) {
                        return broken(law, a + " and " + b + " cannot be told apart (" + basis(a) + "), but " + a
                                + " is paid " + x + " and " + b + " " + y + " " + units());
                    }
                }
            }
        }
        return applied ? held(law) : notApplied(law);
    }

    private boolean interchangeable(String a, String b) {
        try {
            return FairnessLaws.interchangeable(request, a, b);
        } catch (IllegalArgumentException e) { // a game too large to compare every coalition
            return false;
        }
    }

    private String basis(String member) {
        List<String> parts = new ArrayList<>();
        if (request.contributions().containsKey(member)) {
            parts.add("contribution " + request.contributions().get(member));
        }
        if (request.needs().containsKey(member)) {
            parts.add("need " + request.needs().get(member));
        }
        if (request.game() != null) {
            parts.add("interchangeable in the game");
        }
        return parts.isEmpty() ? "nothing sets them apart" : String.join(", ", parts);
    }

    private Result monotone(FairnessLaw law, Random random) {
        List<String> members = request.members().stream().filter(request.contributions()::containsKey).toList();
        if (members.isEmpty()) {
            return notApplied(law);
        }
        Fraction total = Fraction.sum(request.contributions().values());
        Map<String, List<Fraction>> raises = new LinkedHashMap<>();
        if (random != null) {
            raises.put(members.get(random.nextInt(members.size())),
                    List.of(Fraction.of(1 + random.nextInt(100), 1 + random.nextInt(3))));
        } else {
            members.forEach(m -> raises.put(m, List.of(Fraction.ONE, total.add(Fraction.ONE))));
        }
        for (Map.Entry<String, List<Fraction>> e : raises.entrySet()) {
            String member = e.getKey();
            for (Fraction increase : e.getValue()) {
                Map<String, Fraction> raised = new LinkedHashMap<>(request.contributions());
                Fraction from = raised.get(member);
                raised.put(member, from.add(increase));
                Allocation after;
                try {
                    after = policy.allocate(request.withContributions(raised));
                } catch (RuntimeException ex) {
                    return broken(law, "raising " + member + "'s contribution from " + from + " to " + from.add(increase)
                            + " was refused: " + refusal(ex));
                }
                Fraction before = allocation.exactShares().get(member);
                Fraction now = after.exactShares().get(member);
                if (now.compareTo(before) < 0) {
                    return broken(law, "raising " + member + "'s contribution from " + from + " to " + from.add(increase)
                            + " lowers its exact share from " + before + " to " + now
                            + (after.policy().equals(allocation.policy()) ? "" : " (" + allocation.policy() + " became " + after.policy() + ")"));
                }
            }
        }
        return held(law);
    }

    private Result deterministic(FairnessLaw law) {
        Allocation again;
        try {
            again = policy.allocate(request);
        } catch (RuntimeException e) {
            return broken(law, "the same request, asked again, was refused: " + refusal(e));
        }
        if (again.equals(allocation)) {
            return held(law);
        }
        if (!again.exactShares().equals(allocation.exactShares()) || !again.paidOut().equals(allocation.paidOut())) {
            return broken(law, "asked again, the same request gets other shares: " + shares(again));
        }
        return broken(law, "asked again, the same request gets the same shares with another policy or explanation ("
                + again.policy() + ": " + String.join(" ", again.explanation()) + ")");
    }

    private Result nullPlayer(FairnessLaw law) {
        CharacteristicFunction game = request.game();
        if (game == null) {
            return notApplied(law);
        }
        List<String> nulls = Shapley.nullPlayers(game);
        if (nulls.isEmpty()) {
            return notApplied(law);
        }
        if (FairnessLaws.nullPlayerGetsNothing(game, allocation)) {
            return held(law);
        }
        String offender = nulls.stream().filter(p -> allocation.exactShares().get(p).signum() != 0).findFirst().orElse(nulls.get(0));
        return broken(law, offender + " adds nothing to any coalition of the game, but its exact share is "
                + allocation.exactShares().get(offender) + " " + units());
    }

    private Result noNegativeShare(FairnessLaw law) {
        CharacteristicFunction game = request.game();
        if (game == null || game.players().size() > Shapley.MAX_EXACT_PLAYERS || !FairnessLaws.monotoneAndNonNegative(game)) {
            return notApplied(law);
        }
        if (FairnessLaws.noNegativeShareInMonotoneGame(game, allocation)) {
            return held(law);
        }
        String negative = allocation.exactShares().entrySet().stream().filter(e -> e.getValue().signum() < 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return broken(law, "the game is monotone with values >= 0, but exact shares are negative: " + negative + " " + units());
    }

    private Result held(FairnessLaw law) {
        return new Result(law, true, null);
    }

    private Result notApplied(FairnessLaw law) {
        return new Result(law, false, null);
    }

    private Result broken(FairnessLaw law, String why) {
        return new Result(law, true, new Counterexample(law, who, describe.apply(request), shares, why));
    }

    private String units() {
        return allocation.amount().unitName() + "s";
    }

    /** Each member's exact share and payout in units, e.g. {@code m00 exact 500, paid 500 (5.00)}. */
    static String shares(Allocation a) {
        return "in " + a.amount().unitName() + "s: " + a.exactShares().entrySet().stream()
                .map(e -> e.getKey() + " exact " + e.getValue() + ", paid " + a.paidOut().get(e.getKey())
                        + (a.amount() instanceof dev.coalition.value.Money ? " (" + a.formatted(e.getKey()) + ")" : ""))
                .collect(Collectors.joining("; "));
    }

    private static String refusal(RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
