package dev.coalition.rules.communication;

/**
 * Fact: how many entries of a communication plan serve a layer (one fact per layer, counted in Java).
 *
 * @param layer   {@code OPERATIONAL}, {@code TACTICAL}, {@code STRATEGIC} or {@code INNOVATION}
 * @param entries how many entries serve it
 */
public record LayerCoverage(String layer, int entries) {
}
