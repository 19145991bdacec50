package dev.coalition.information;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One item of information a member shares with the coalition (a report, a data set, a threat
 * indicator). Any value is accepted here so that every problem can be reported with its path by
 * {@link InformationPlan#violations}.
 *
 * @param id             a stable identifier, unique among the items: 1 to 64 letters, digits, {@code _} or {@code -}
 * @param owner          the id of the member that owns it; the owner always sees its own item
 * @param classification how widely it is shared
 * @param tier           for a {@link Classification#TIER} item, the tier that sees it; {@code null} otherwise
 * @param sharedWith     for a {@link Classification#RESTRICTED} item, the members it is shared with besides its
 *                       owner ({@code null} when not given: then only the owner sees it); {@code null} otherwise
 */
public record InformationItem(String id, String owner, Classification classification, String tier, List<String> sharedWith) {

    public InformationItem {
        sharedWith = sharedWith == null ? null : Collections.unmodifiableList(new ArrayList<>(sharedWith));
    }

    /** An item every member sees ({@link Classification#PUBLIC} or {@link Classification#MEMBERS}). */
    public static InformationItem of(String id, String owner, Classification classification) {
        return new InformationItem(id, owner, classification, null, null);
    }

    /** A {@link Classification#TIER} item: the tier's members and the owner see it. */
    public static InformationItem tiered(String id, String owner, String tier) {
        return new InformationItem(id, owner, Classification.TIER, tier, null);
    }

    /** A {@link Classification#RESTRICTED} item: the owner and the members named see it. */
    public static InformationItem restricted(String id, String owner, List<String> sharedWith) {
        return new InformationItem(id, owner, Classification.RESTRICTED, null, sharedWith);
    }
}
