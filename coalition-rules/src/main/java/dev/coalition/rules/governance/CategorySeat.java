package dev.coalition.rules.governance;

import dev.coalition.core.MemberCategory;

/**
 * Input fact: how many members a category has and how many of them sit on the steering body.
 * Inserted in category-name order.
 *
 * @param category the category
 * @param members  how many members belong to it
 * @param seats    how many of them sit on the steering body (0 when there is no steering body)
 */
public record CategorySeat(MemberCategory category, int members, int seats) {
}
