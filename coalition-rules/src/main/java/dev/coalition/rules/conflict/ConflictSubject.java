package dev.coalition.rules.conflict;

/**
 * Input fact: one subject a conflict is about, in the policy's subject vocabulary.
 *
 * @param subject the subject, e.g. "strategy"
 */
public record ConflictSubject(String subject) {
}
