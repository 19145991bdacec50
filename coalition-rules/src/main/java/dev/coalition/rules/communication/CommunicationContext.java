package dev.coalition.rules.communication;

import java.util.List;

/**
 * Fact: what a communication plan is proposed from, when the coalition gives none.
 *
 * @param mode         the recommended governance mode: {@code CENTRALIZED}, {@code HYBRID} or {@code DISTRIBUTED}
 * @param size         the number of members
 * @param members      every member's id, in the coalition's order
 * @param leadership   the lead (when there is one) and the steering body's members, in that order, each once;
 *                     empty when the coalition has neither
 */
public record CommunicationContext(String mode, int size, List<String> members, List<String> leadership) {

    public CommunicationContext {
        members = List.copyOf(members);
        leadership = List.copyOf(leadership);
    }
}
