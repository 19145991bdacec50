package dev.coalition.testkit;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.value.TableGame;
import java.util.Objects;

/**
 * A generated distribution for an advisor: {@code advisor.distribute(coalition, request)}.
 *
 * @param coalition the coalition whose members share the amount
 * @param request   what to distribute and on what basis
 */
public record Distribution(Coalition coalition, DistributionRequest request) {

    /** Checks that both parts are given. */
    public Distribution {
        Objects.requireNonNull(coalition, "coalition");
        Objects.requireNonNull(request, "request");
    }

    /** A readable account of the distribution, for counterexamples. */
    @Override
    public String toString() {
        DistributionRequest r = request;
        return "members " + coalition.members().stream().map(Member::id).toList() + ", amount " + r.amount()
                + (r.policy() == null ? "" : ", policy " + r.policy())
                + (r.principles().isEmpty() ? "" : ", principles " + r.principles())
                + (r.contributions().isEmpty() ? "" : ", contributions " + r.contributions())
                + (r.needs().isEmpty() ? "" : ", needs " + r.needs() + ", needWeight " + r.needWeight())
                + (r.game() == null ? "" : ", game " + (r.game() instanceof TableGame t ? Games.describe(t) : r.game().toString()));
    }
}
