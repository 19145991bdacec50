package dev.coalition.information;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Violation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an information plan must satisfy before access is decided, each problem with its path. */
class InformationPlanTest {

    private static final List<String> MEMBERS = List.of("a", "b", "c");

    private static Map<String, List<String>> tiers(String name, String... members) {
        Map<String, List<String>> tiers = new LinkedHashMap<>();
        tiers.put(name, Arrays.asList(members));
        return tiers;
    }

    private static List<String> problems(Map<String, List<String>> tiers, InformationItem... items) {
        return new InformationPlan(tiers, List.of(items)).violations(MEMBERS).stream().map(Violation::toString).toList();
    }

    @Test
    void aValidPlanHasNoProblems() {
        assertThat(problems(tiers("gold", "a", "b"), InformationItem.of("i1", "a", Classification.PUBLIC),
                InformationItem.of("i2", "b", Classification.MEMBERS), InformationItem.tiered("i3", "c", "gold"),
                InformationItem.restricted("i4", "a", List.of("b")), InformationItem.restricted("i5", "a", null))).isEmpty();
    }

    @Test
    void aTierNamingAnUnknownMemberOrOneTwiceIsRefused() {
        assertThat(problems(tiers("gold", "a", "zed", "a")))
                .containsExactly("information.tiers.gold[1]: \"zed\" is not a member of the coalition: use one of the members' ids",
                        "information.tiers.gold[2]: \"a\" is repeated (also information.tiers.gold[0]): list each member once in the tier");
    }

    @Test
    void aTierNameMustBeAName() {
        assertThat(problems(tiers("gold tier", "a")))
                .containsExactly("information.tiers: \"gold tier\" is not a tier name: use 1 to 64 letters, digits or _, starting with a letter");
    }

    @Test
    void anItemWhoseOwnerIsNotAMemberIsRefused() {
        assertThat(problems(Map.of(), InformationItem.of("i1", "zed", Classification.PUBLIC)))
                .containsExactly("information.items[0].owner: \"zed\" is not a member of the coalition: use one of the members' ids");
    }

    @Test
    void aTierItemNeedsATierThatExists() {
        assertThat(problems(tiers("gold", "a"), InformationItem.tiered("i1", "a", null), InformationItem.tiered("i2", "a", "golf")))
                .containsExactly("information.items[0].tier: is required for a TIER item: name the tier that sees it (gold)",
                        "information.items[1].tier: \"golf\" is not a tier (did you mean gold?); use one of gold, or define it "
                                + "under information.tiers");
    }

    @Test
    void tierAndSharedWithAreRefusedOnItemsTheyDoNotApplyTo() {
        assertThat(problems(tiers("gold", "a"), new InformationItem("i1", "a", Classification.PUBLIC, "gold", null),
                new InformationItem("i2", "a", Classification.MEMBERS, null, List.of("b")),
                new InformationItem("i3", "a", Classification.TIER, "gold", List.of("b"))))
                .containsExactly("information.items[0].tier: is only for TIER items, and this one is PUBLIC: leave tier out, "
                                + "or classify the item TIER",
                        "information.items[1].sharedWith: is only for RESTRICTED items, and this one is MEMBERS (every member sees "
                                + "it): leave sharedWith out, or classify the item RESTRICTED",
                        "information.items[2].sharedWith: is only for RESTRICTED items, and this one is TIER (its tier decides who "
                                + "sees it): leave sharedWith out, or classify the item RESTRICTED");
    }

    @Test
    void sharedWithNamesMembersOnceEach() {
        assertThat(problems(Map.of(), InformationItem.restricted("i1", "a", Arrays.asList("b", "zed", "b", null))))
                .containsExactly("information.items[0].sharedWith[1]: \"zed\" is not a member of the coalition: use one of the members' ids",
                        "information.items[0].sharedWith[2]: \"b\" is repeated (also information.items[0].sharedWith[0]): list each "
                                + "member once in sharedWith",
                        "information.items[0].sharedWith[3]: is missing: give a member id");
    }

    @Test
    void duplicateAndMissingIdsAndAMissingClassificationAreRefused() {
        assertThat(problems(Map.of(), InformationItem.of("i1", "a", Classification.PUBLIC), InformationItem.of("i1", "b", null),
                InformationItem.of(null, "a", Classification.PUBLIC)))
                .containsExactly("information.items[1].id: \"i1\" is the id of information.items[0]: give each item its own id",
                        "information.items[1].classification: is missing: give one of PUBLIC, MEMBERS, TIER, RESTRICTED",
                        "information.items[2].id: is missing: use 1 to 64 letters, digits, _ or -");
    }

    @Test
    void anUnknownClassificationIsAnsweredWithTheClosestOne() {
        assertThat(Classification.problemWith("RESTRICTD"))
                .isEqualTo("\"RESTRICTD\" is not a classification (did you mean RESTRICTED?); use one of PUBLIC, MEMBERS, TIER, RESTRICTED");
        assertThat(Classification.problemWith("TIER")).isNull();
    }
}
