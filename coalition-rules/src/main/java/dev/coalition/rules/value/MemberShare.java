package dev.coalition.rules.value;

import java.util.Objects;

/**
 * Input fact: one member's share of a computed allocation, for the rules that look for fairness
 * problems member by member.
 *
 * @param member the member
 * @param policy the allocation policy that computed it, e.g. {@code SHAPLEY}
 * @param exact  its exact share in units (cents, credits), as a number; negative when the member pays in
 * @param paid   its payout in whole units, by largest remainder
 * @param shown  the payout as people read it, with its unit, e.g. {@code -250.00 EUR} or {@code -400 credits}
 */
public record MemberShare(String member, String policy, double exact, long paid, String shown) {

    public MemberShare {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(shown, "shown");
    }
}
