package dev.coalition.rules.api;

import dev.coalition.value.Fraction;
import java.util.List;
import java.util.Objects;

/**
 * Who sees each item of information the members share, how each member's reach compares with its
 * peers', and why. Immutable.
 *
 * @param access      the members each rule lets see each item: items in the plan's order, then the rules in the
 *                    order they fired, members in the coalition's order
 * @param asymmetry   every member's reach beside its peers', in the coalition's order
 * @param findings    INFORMATION_ASYMMETRY for each member that sees fewer than information.asymmetryRatio
 *                    times its peers' median
 * @param explanation the rules that fired, in order: one step per member an item reaches, then the findings
 */
public record InformationAdvice(List<Access> access, List<Asymmetry> asymmetry, List<Finding> findings,
                                List<ExplanationStep> explanation) {

    public InformationAdvice {
        access = List.copyOf(access);
        asymmetry = List.copyOf(asymmetry);
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
    }

    /**
     * The members one rule lets see one item.
     *
     * @param item    the item's id
     * @param members the ids of the members it reaches by this rule, in the coalition's order
     * @param rule    the rule's {@code @id}, e.g. {@code operations.information.tier}; its explanation steps say why
     */
    public record Access(String item, List<String> members, String rule) {

        public Access {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(rule, "rule");
            members = List.copyOf(members);
        }
    }

    /**
     * One member's reach beside its peers'.
     *
     * @param member     the member's id
     * @param sees       how many items it sees
     * @param peerMedian the median of what its peers see, exact
     * @param peers      who its peers are: {@code category NAME}, or {@code all members} when it is alone in its category
     */
    public record Asymmetry(String member, int sees, Fraction peerMedian, String peers) {

        public Asymmetry {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(peerMedian, "peerMedian");
            Objects.requireNonNull(peers, "peers");
        }
    }
}
