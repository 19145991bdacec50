package dev.coalition.rules.lifecycle;

/**
 * Fact: the governance mode in force and the mode recommended for the coalition today.
 *
 * @param current     the mode in force ({@code CENTRALIZED}, {@code HYBRID} or {@code DISTRIBUTED})
 * @param recommended the mode the governance policy recommends today
 */
public record ModeInForce(String current, String recommended) {
}
