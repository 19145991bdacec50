package dev.coalition.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a knowledge-equity ledger. Entries are never changed or removed.
 *
 * @param sequence   the entry's position in the ledger, from 1
 * @param kind       CREDIT or REDEMPTION
 * @param member     whose balance the entry changes
 * @param subject    for a credit, the knowledge item credited; for a redemption, the benefit bought
 * @param creditedBy for a credit, the member that found the knowledge valuable; {@code null} for a redemption
 * @param amount     the number of credits, &gt; 0
 * @param date       when it happened
 * @param reason     why, in a sentence
 */
public record CreditEntry(long sequence, EntryKind kind, String member, String subject, String creditedBy, long amount,
                          LocalDate date, String reason) {

    public CreditEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }

    /** The change this entry makes to the member's balance: +amount for a credit, &minus;amount for a redemption. */
    public long signedAmount() {
        return kind == EntryKind.CREDIT ? amount : -amount;
    }
}
