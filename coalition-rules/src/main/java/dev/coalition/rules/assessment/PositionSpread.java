package dev.coalition.rules.assessment;

import dev.coalition.assessment.Dimension;
import dev.coalition.value.Fraction;

/**
 * Input fact: how far apart a group's candidates stand on a position dimension.
 *
 * @param scope     the group ({@link AssessedGroup#scope()})
 * @param dimension CULTURE, DECISION_STYLE, RISK_TOLERANCE or INNOVATION
 * @param spread    highest minus lowest normalised position, exact, 0..1
 */
public record PositionSpread(String scope, Dimension dimension, Fraction spread) {
}
