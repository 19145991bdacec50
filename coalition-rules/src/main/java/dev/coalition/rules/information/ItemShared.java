package dev.coalition.rules.information;

import java.util.List;

/**
 * Fact: an item of information to decide access to.
 *
 * @param item           the item's id
 * @param owner          the id of the member that owns it
 * @param classification {@code PUBLIC}, {@code MEMBERS}, {@code TIER} or {@code RESTRICTED}
 * @param tier           for a TIER item, its tier; otherwise {@code null}
 * @param sharedWith     for a RESTRICTED item, the members it is shared with besides its owner; otherwise empty
 */
public record ItemShared(String item, String owner, String classification, String tier, List<String> sharedWith) {

    public ItemShared {
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
    }
}
