package dev.coalition.rules.conflict;

/**
 * Input fact: the figures of a conflict the rules compare, as properties: its stage (the highest
 * behaviour stage), its failed steps and its Jehn et al. assessment inputs.
 *
 * @param stage              the highest Glasl stage among its behaviours
 * @param failedSteps        how many steps of its history failed
 * @param importance         how much the issue matters, 0..1
 * @param negativeEmotion    how much negative emotion it carries, 0..1
 * @param resolutionEfficacy how able the parties believe they are to resolve it, 0..1
 */
public record ConflictFigures(int stage, int failedSteps, double importance, double negativeEmotion,
                              double resolutionEfficacy) {
}
