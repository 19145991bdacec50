package dev.coalition.rules;

import static dev.coalition.rules.Explanations.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coalition.core.Coalition;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.information.Classification;
import dev.coalition.information.InformationItem;
import dev.coalition.information.InformationPlan;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.InformationAdvice;
import dev.coalition.value.Fraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * operations-information.drl through the facade: each classification's access, the owner, tiers,
 * asymmetry at its boundary, a member alone in its category, and the input errors.
 */
class InformationTest {

    private static CoalitionAdvisor advisor;

    /** Four hospitals (h1..h4) and one regulator (reg). */
    private static final Coalition GROUP = Coalition.builder("Health data group").formedOn(LocalDate.of(2024, 1, 1))
            .member("h1", "H1", "hospital", 1).member("h2", "H2", "hospital", 1).member("h3", "H3", "hospital", 1)
            .member("h4", "H4", "hospital", 1).member("reg", "Regulator", "regulator", 1)
            .context(0.5, 0.5, 0.5, 0.5).build();

    @BeforeAll
    static void build() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static Map<String, List<String>> tier(String name, String... members) {
        Map<String, List<String>> tiers = new LinkedHashMap<>();
        tiers.put(name, Arrays.asList(members));
        return tiers;
    }

    private static InformationAdvice share(Map<String, List<String>> tiers, InformationItem... items) {
        return advisor.shareInformation(GROUP, new InformationPlan(tiers, List.of(items)));
    }

    private static List<String> findingSubjects(InformationAdvice advice) {
        return advice.findings().stream().filter(f -> f.id().equals("INFORMATION_ASYMMETRY")).map(Finding::subject).toList();
    }

    private static InformationAdvice.Asymmetry reach(InformationAdvice advice, String member) {
        return advice.asymmetry().stream().filter(a -> a.member().equals(member)).findFirst().orElseThrow();
    }

    @Test
    void publicInformationReachesEveryMemberByOneRule() {
        InformationAdvice advice = share(Map.of(), InformationItem.of("report", "h1", Classification.PUBLIC));

        assertThat(advice.access()).containsExactly(
                new InformationAdvice.Access("report", List.of("h1", "h2", "h3", "h4", "reg"), "operations.information.public"));
        assertThat(ruleIds(advice.explanation())).containsOnly("operations.information.public").hasSize(5);
        assertThat(advice.explanation().get(4).reason())
                .isEqualTo("report is PUBLIC: non-sensitive information reaches every member automatically, reg included.");
    }

    @Test
    void membersInformationReachesEveryMemberByItsOwnRule() {
        InformationAdvice advice = share(Map.of(), InformationItem.of("minutes", "reg", Classification.MEMBERS));

        assertThat(advice.access()).containsExactly(
                new InformationAdvice.Access("minutes", List.of("h1", "h2", "h3", "h4", "reg"), "operations.information.members"));
    }

    @Test
    void tieredInformationReachesTheTiersMembersAndItsOwnerOnly() {
        InformationAdvice advice = share(tier("clinical", "h2", "h3"), InformationItem.tiered("cases", "h1", "clinical"));

        assertThat(advice.access()).containsExactly(
                new InformationAdvice.Access("cases", List.of("h2", "h3"), "operations.information.tier"),
                new InformationAdvice.Access("cases", List.of("h1"), "operations.information.owner"));
        assertThat(Explanations.steps(advice.explanation(), "operations.information.tier").get(0).reason())
                .isEqualTo("cases is TIER information for the tier clinical: h2 is a member of that tier.");
    }

    @Test
    void anOwnerInItsOwnTierIsGrantedOnceAsTheOwner() {
        InformationAdvice advice = share(tier("clinical", "h1", "h2"), InformationItem.tiered("cases", "h1", "clinical"));

        assertThat(advice.access()).containsExactly(
                new InformationAdvice.Access("cases", List.of("h2"), "operations.information.tier"),
                new InformationAdvice.Access("cases", List.of("h1"), "operations.information.owner"));
    }

    @Test
    void restrictedInformationReachesItsOwnerAndThoseItIsSharedWith() {
        InformationAdvice advice = share(Map.of(), InformationItem.restricted("audit", "reg", List.of("h4", "h2")),
                InformationItem.restricted("draft", "h3", null));

        assertThat(advice.access()).containsExactly(
                new InformationAdvice.Access("audit", List.of("h2", "h4"), "operations.information.restricted"),
                new InformationAdvice.Access("audit", List.of("reg"), "operations.information.owner"),
                new InformationAdvice.Access("draft", List.of("h3"), "operations.information.owner"));
        assertThat(Explanations.steps(advice.explanation(), "operations.information.owner").get(0).reason())
                .isEqualTo("reg owns audit (RESTRICTED): an owner always sees its own item.");
    }

    @Test
    void theOwnerOfPublicInformationIsNotGrantedItTwice() {
        InformationAdvice advice = share(Map.of(), InformationItem.of("report", "h1", Classification.PUBLIC));

        assertThat(ruleIds(advice.explanation())).doesNotContain("operations.information.owner");
        assertThat(reach(advice, "h1").sees()).isEqualTo(1);
    }

    @Test
    void aMemberSeeingLessThanHalfItsCategorysMedianIsAFinding() {
        // hospitals see 4, 4, 4, 1: median 4, half of it 2; h4 sees 1 < 2
        InformationAdvice advice = share(tier("core", "h1", "h2", "h3"),
                InformationItem.of("p", "reg", Classification.PUBLIC),
                InformationItem.tiered("t1", "reg", "core"), InformationItem.tiered("t2", "reg", "core"),
                InformationItem.tiered("t3", "reg", "core"));

        assertThat(reach(advice, "h4")).isEqualTo(new InformationAdvice.Asymmetry("h4", 1, Fraction.of(4), "category hospital"));
        assertThat(findingSubjects(advice)).containsExactly("h4");
        assertThat(advice.findings().get(0).reason()).isEqualTo("h4 sees 1 items, fewer than 0.5 (information.asymmetryRatio) "
                + "times the median 4 of its peers (category hospital): it is systematically outside what others see; share with "
                + "it by tier or by name, or classify what is not sensitive MEMBERS.");
    }

    @Test
    void exactlyRatioTimesTheMedianIsNotAFinding() {
        // hospitals see 4, 4, 4, 2: median 4, half of it 2; h4 sees exactly 2
        InformationAdvice advice = share(tier("core", "h1", "h2", "h3"),
                InformationItem.of("p1", "reg", Classification.PUBLIC), InformationItem.of("p2", "reg", Classification.MEMBERS),
                InformationItem.tiered("t1", "reg", "core"), InformationItem.tiered("t2", "reg", "core"));

        assertThat(reach(advice, "h4").sees()).isEqualTo(2);
        assertThat(reach(advice, "h4").peerMedian()).isEqualTo(Fraction.of(4));
        assertThat(findingSubjects(advice)).isEmpty();
        assertThat(ruleIds(advice.explanation())).doesNotContain("operations.information.asymmetry");
    }

    @Test
    void theMedianOfAnEvenCategoryIsTheMeanOfItsTwoMiddleCounts() {
        // hospitals see 3, 3, 2, 1: median (2 + 3) / 2 = 5/2, half of it 5/4; h4 sees 1 < 5/4
        InformationAdvice advice = share(tier("a", "h1", "h2", "h3"), InformationItem.of("p", "reg", Classification.PUBLIC),
                InformationItem.tiered("t", "reg", "a"), InformationItem.restricted("r", "h1", List.of("h2")));

        assertThat(reach(advice, "h4").peerMedian()).isEqualTo(Fraction.of(5, 2));
        assertThat(findingSubjects(advice)).containsExactly("h4");
    }

    @Test
    void aMemberAloneInItsCategoryIsComparedWithAllMembers() {
        // the regulator sees 1 of what hospitals see 3 each: the median of all five is 3, half of it 3/2
        InformationAdvice advice = share(tier("hospitals", "h1", "h2", "h3", "h4"), InformationItem.of("p", "h1", Classification.PUBLIC),
                InformationItem.tiered("t1", "h1", "hospitals"), InformationItem.tiered("t2", "h1", "hospitals"));

        assertThat(reach(advice, "reg")).isEqualTo(new InformationAdvice.Asymmetry("reg", 1, Fraction.of(3), "all members"));
        assertThat(findingSubjects(advice)).containsExactly("reg");
    }

    @Test
    void theRatioIsASetting() {
        try (CoalitionAdvisor lenient = CoalitionAdvisor.builder().setting("information.asymmetryRatio", "0.25").build()) {
            InformationAdvice advice = lenient.shareInformation(GROUP, new InformationPlan(tier("core", "h1", "h2", "h3"), List.of(
                    InformationItem.of("p", "reg", Classification.PUBLIC), InformationItem.tiered("t1", "reg", "core"),
                    InformationItem.tiered("t2", "reg", "core"), InformationItem.tiered("t3", "reg", "core"))));

            assertThat(advice.findings()).isEmpty();
        }
    }

    @Test
    void everyAccessDecisionAndEveryFindingIsExplained() {
        InformationAdvice advice = share(tier("core", "h1"), InformationItem.tiered("t", "reg", "core"),
                InformationItem.of("p", "reg", Classification.PUBLIC));
        int granted = advice.access().stream().mapToInt(a -> a.members().size()).sum();

        assertThat(advice.explanation()).hasSize(granted + advice.findings().size());
        for (InformationAdvice.Access access : advice.access()) {
            List<ExplanationStep> steps = Explanations.steps(advice.explanation(), access.rule());
            assertThat(steps).as(access.rule()).isNotEmpty();
        }
    }

    @Test
    void anInvalidPlanIsRefusedWithEveryProblemAndItsPath() {
        InvalidCoalitionException e = catchThrowableOfType(() -> share(tier("core", "zed"),
                InformationItem.tiered("t", "ghost", "cor"), InformationItem.of("t", "h1", Classification.PUBLIC)),
                InvalidCoalitionException.class);

        assertThat(e.violations().stream().map(Violation::toString)).containsExactly(
                "information.tiers.core[0]: \"zed\" is not a member of the coalition: use one of the members' ids",
                "information.items[0].owner: \"ghost\" is not a member of the coalition: use one of the members' ids",
                "information.items[0].tier: \"cor\" is not a tier (did you mean core?); use one of core, or define it under "
                        + "information.tiers",
                "information.items[1].id: \"t\" is the id of information.items[0]: give each item its own id");
    }

    /** Every information rule, fired by plans that between them use every classification and an asymmetry. */
    static Set<String> rulesFired(CoalitionAdvisor advisor) {
        List<InformationItem> items = new ArrayList<>(List.of(InformationItem.of("p", "reg", Classification.PUBLIC),
                InformationItem.of("m", "reg", Classification.MEMBERS), InformationItem.tiered("t", "reg", "core"),
                InformationItem.tiered("t2", "reg", "core"), InformationItem.tiered("t3", "reg", "core"),
                InformationItem.restricted("r", "reg", List.of("h1"))));
        // h4, outside the tier, sees 2 items of the hospitals' median 5
        InformationAdvice advice = advisor.shareInformation(GROUP, new InformationPlan(tier("core", "h1", "h2", "h3"), items));
        return new TreeSet<>(ruleIds(advice.explanation()));
    }

    @Test
    void everyRuleFires() {
        assertThat(rulesFired(advisor)).containsExactlyInAnyOrder("operations.information.public",
                "operations.information.members", "operations.information.tier", "operations.information.restricted",
                "operations.information.owner", "operations.information.asymmetry");
    }
}
