package dev.coalition.information;

import dev.coalition.core.Suggestions;
import dev.coalition.core.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a coalition's members share: named tiers of members and the items of information, each
 * with its owner and classification. Any value is accepted here so that every problem can be
 * reported with its path by {@link #violations(Collection)}.
 *
 * @param tiers the tiers by name (1 to 64 letters, digits or {@code _}, starting with a letter), each
 *              listing its members' ids; in the order given
 * @param items the items, in the order given
 */
public record InformationPlan(Map<String, List<String>> tiers, List<InformationItem> items) {

    private static final Pattern TIER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public InformationPlan {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (tiers != null) {
            tiers.forEach((name, members) -> copy.put(name,
                    members == null ? null : Collections.unmodifiableList(new ArrayList<>(members))));
        }
        tiers = Collections.unmodifiableMap(copy);
        items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }

    /**
     * Every problem with the plan, in the order of the document, with paths under
     * {@code information}: a tier name that is not a name, a tier naming an unknown member or one
     * twice; an item without an id or with the id of an earlier item, an owner that is not a member,
     * a missing classification, a TIER item without a tier or naming an unknown one, {@code tier} on
     * an item that is not TIER, {@code sharedWith} on an item that is not RESTRICTED (only a
     * RESTRICTED item is shared by name), {@code sharedWith} naming an unknown member or one twice.
     *
     * @param members the ids of the coalition's members
     */
    public List<Violation> violations(Collection<String> members) {
        List<Violation> problems = new ArrayList<>();
        tiers.forEach((name, tierMembers) -> {
            String path = "information.tiers." + name;
            if (name == null || !TIER_NAME.matcher(name).matches()) {
                problems.add(new Violation("information.tiers", Violation.quote(name)
                        + " is not a tier name: use 1 to 64 letters, digits or _, starting with a letter"));
            } else if (tierMembers == null) {
                problems.add(new Violation(path, "is missing: list the ids of the tier's members"));
            } else {
                memberList(path, tierMembers, members, "the tier", problems);
            }
        });
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "information.items[" + i + "]";
            InformationItem item = items.get(i);
            if (item == null) {
                problems.add(new Violation(path, "is missing: give {\"id\", \"owner\", \"classification\"}"));
                continue;
            }
            if (item.id() == null || !ID.matcher(item.id()).matches()) {
                problems.add(new Violation(path + ".id", (item.id() == null ? "is missing" : Violation.quote(item.id())
                        + " is not an id") + ": use 1 to 64 letters, digits, _ or -"));
            } else if (ids.containsKey(item.id())) {
                problems.add(new Violation(path + ".id", Violation.quote(item.id()) + " is the id of information.items["
                        + ids.get(item.id()) + "]: give each item its own id"));
            } else {
                ids.put(item.id(), i);
            }
            if (item.owner() == null) {
                problems.add(new Violation(path + ".owner", "is missing: give the id of the member that owns the item"));
            } else if (!members.contains(item.owner())) {
                problems.add(new Violation(path + ".owner", Violation.quote(item.owner())
                        + " is not a member of the coalition: use one of the members' ids"));
            }
            if (item.classification() == null) {
                problems.add(new Violation(path + ".classification", Classification.problemWith(null)));
            }
            tier(path, item, problems);
            sharedWith(path, item, members, problems);
        }
        return problems;
    }

    private void tier(String path, InformationItem item, List<Violation> problems) {
        if (item.classification() == Classification.TIER) {
            if (item.tier() == null) {
                problems.add(new Violation(path + ".tier", "is required for a TIER item: name the tier that sees it"
                        + (tiers.isEmpty() ? ", and define it under information.tiers" : " (" + String.join(", ", tiers.keySet()) + ")")));
            } else if (!tiers.containsKey(item.tier())) {
                problems.add(new Violation(path + ".tier", Violation.quote(item.tier()) + " is not a tier"
                        + Suggestions.closest(item.tier(), tiers.keySet()).map(t -> " (did you mean " + t + "?)").orElse("")
                        + (tiers.isEmpty() ? "; define it under information.tiers"
                        : "; use one of " + String.join(", ", tiers.keySet()) + ", or define it under information.tiers")));
            }
        } else if (item.tier() != null && item.classification() != null) {
            problems.add(new Violation(path + ".tier", "is only for TIER items, and this one is " + item.classification()
                    + ": leave tier out, or classify the item TIER"));
        }
    }

    private static void sharedWith(String path, InformationItem item, Collection<String> members, List<Violation> problems) {
        if (item.sharedWith() == null) {
            return;
        }
        if (item.classification() != null && item.classification() != Classification.RESTRICTED) {
            problems.add(new Violation(path + ".sharedWith", "is only for RESTRICTED items, and this one is "
                    + item.classification() + (item.classification() == Classification.TIER
                    ? " (its tier decides who sees it)" : " (every member sees it)")
                    + ": leave sharedWith out, or classify the item RESTRICTED"));
            return;
        }
        memberList(path + ".sharedWith", item.sharedWith(), members, "sharedWith", problems);
    }

    private static void memberList(String path, List<String> ids, Collection<String> members, String what,
                                   List<Violation> problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < ids.size(); j++) {
            String id = ids.get(j);
            String at = path + "[" + j + "]";
            if (id == null) {
                problems.add(new Violation(at, "is missing: give a member id"));
            } else if (!members.contains(id)) {
                problems.add(new Violation(at, Violation.quote(id) + " is not a member of the coalition: use one of the members' ids"));
            } else if (seen.containsKey(id)) {
                problems.add(new Violation(at, Violation.quote(id) + " is repeated (also " + path + "[" + seen.get(id)
                        + "]): list each member once in " + what));
            } else {
                seen.put(id, j);
            }
        }
    }
}
