package dev.coalition.value.stability;

import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.value.AllocationPolicy;
import dev.coalition.value.AllocationRequest;
import dev.coalition.value.Fraction;
import dev.coalition.value.Payout;
import dev.coalition.value.ShapleyAllocation;
import dev.coalition.value.TableGame;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NUCLEOLUS: share<sub>i</sub> = amount &middot; &nu;<sub>i</sub> / v(N), with &nu; the nucleolus of the
 * cooperative game (the division whose largest dissatisfaction of any group is as small as it can
 * be; in the core whenever the core is non-empty). Exact; paid out like SHAPLEY, by largest
 * remainder. The game must be a table whose players are exactly the members, with v(N) &gt; 0, at
 * least one imputation (&Sigma; v({i}) &le; v(N)) and at most {@code maxPlayers} players.
 */
public final class NucleolusAllocation implements AllocationPolicy {

    /** The default most players, as {@code value.nucleolusMaxPlayers}. */
    public static final int DEFAULT_MAX_PLAYERS = 12;

    private final int maxPlayers;

    private NucleolusAllocation(int maxPlayers) {
        this.maxPlayers = maxPlayers;
    }

    /** The policy for games of at most {@value #DEFAULT_MAX_PLAYERS} players. */
    public static NucleolusAllocation of() {
        return upTo(DEFAULT_MAX_PLAYERS);
    }

    /** The policy for games of at most {@code maxPlayers} players (1..{@value Nucleolus#MAX_PLAYERS}). */
    public static NucleolusAllocation upTo(int maxPlayers) {
        if (maxPlayers < 1 || maxPlayers > Nucleolus.MAX_PLAYERS) {
            throw new IllegalArgumentException("maxPlayers: is " + maxPlayers + "; give 1.." + Nucleolus.MAX_PLAYERS);
        }
        return new NucleolusAllocation(maxPlayers);
    }

    @Override
    public String name() {
        return "NUCLEOLUS";
    }

    @Override
    public Shares shares(AllocationRequest request) {
        AllocationPolicy.checkMembers(request);
        if (!(request.game() instanceof TableGame game)) {
            throw refused(request.game() == null ? "is required for NUCLEOLUS: give the value of every coalition"
                    : "must be given as a table of every coalition's value for NUCLEOLUS");
        }
        if (!new HashSet<>(game.players()).equals(new HashSet<>(request.members()))) {
            throw new InvalidCoalitionException(List.of(new Violation("distribution.game.players", "must be exactly the members "
                    + request.members() + ", not " + game.players())));
        }
        ShapleyAllocation.checkGame(game);
        Optional<Nucleolus.Omission> omission = Nucleolus.omission(game, maxPlayers);
        if (omission.isPresent()) {
            throw refused(switch (omission.get()) {
                case NO_IMPUTATION -> "has no imputation: the players' own values add up to " + Nucleolus.individualTotal(game)
                        + ", more than v(N) = " + game.grandValue()
                        + ", so no division gives every member what it makes alone and NUCLEOLUS is undefined; use SHAPLEY or check the values";
                case TOO_MANY_PLAYERS -> "has " + game.players().size() + " players, more than value.nucleolusMaxPlayers ("
                        + maxPlayers + ") for NUCLEOLUS; use SHAPLEY, or raise the setting up to " + Nucleolus.MAX_PLAYERS;
                case GRAND_VALUE_NOT_POSITIVE -> "v(N) must be above 0 for NUCLEOLUS";
            });
        }
        Map<String, Fraction> nucleolus = Nucleolus.of(game);
        Fraction grand = game.grandValue();
        Fraction amount = Fraction.of(request.amount().units());
        Map<String, Fraction> shares = new LinkedHashMap<>();
        for (String m : request.members()) {
            Fraction share = amount.multiply(nucleolus.get(m)).divide(grand);
            if (!Payout.payable(share)) {
                throw refused("gives \"" + m + "\" a share of " + share + " units, more than a payout can hold; check the game's values");
            }
            shares.put(m, share);
        }
        return Shares.exact(shares, List.of(
                "The nucleolus was computed exactly by sequential linear programs over all " + ((1L << game.players().size()) - 2)
                        + " proper coalitions; v(N) = " + grand + ".",
                "Each member gets the amount times its nucleolus payoff over v(N)."));
    }

    private static InvalidCoalitionException refused(String message) {
        return new InvalidCoalitionException(List.of(new Violation("distribution.game", message)));
    }
}
