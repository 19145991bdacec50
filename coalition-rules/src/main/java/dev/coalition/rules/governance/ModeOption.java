package dev.coalition.rules.governance;

import dev.coalition.governance.GovernanceMode;

/**
 * Input fact: a governance mode the policy may recommend; one per {@link GovernanceMode}.
 *
 * @param mode the mode
 */
public record ModeOption(GovernanceMode mode) {
}
