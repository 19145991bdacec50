package dev.coalition.rules;

import static dev.coalition.rules.ConflictCases.AS_OF;
import static dev.coalition.rules.ConflictCases.conflict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Coalition;
import dev.coalition.governance.Contingency;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.FitEntry;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.Numbers;
import dev.coalition.rules.api.Safeguard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every explanation step names the inputs its rule used, in a stable order, with the same figures
 * the answer reports: a reader (or the command line's {@code explanation}) can check each step
 * against the answer without reading the DRL.
 */
class ExplanationInputsTest {

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static List<ExplanationStep> steps(List<ExplanationStep> explanation, String rulePrefix) {
        return explanation.stream().filter(s -> s.rule().startsWith(rulePrefix)).toList();
    }

    @Test
    void everyGovernanceStepNamesItsInputs() {
        for (Coalition c : List.of(Cases.star().build(), Cases.cybersecurity(), Cases.foundingGroupWithUrgency(0.95))) {
            assertThat(advisor.recommendGovernance(c).explanation()).allSatisfy(s -> assertThat(s.inputs()).as(s.rule()).isNotEmpty());
        }
    }

    @Test
    void aBandStepNamesItsModeContingencyEndsAndWeightAndAnOpenEndAsNull() {
        List<ExplanationStep> bands = steps(advisor.recommendGovernance(Cases.star().build()).explanation(), "governance.band.");

        assertThat(bands).hasSize(21).allSatisfy(s -> assertThat(s.inputs()).containsOnlyKeys("mode", "contingency", "min", "max", "weight"));
        assertThat(bands).filteredOn(s -> s.rule().equals("governance.band.distributed.trust")).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsExactlyEntriesOf(entries("mode", "DISTRIBUTED", "contingency", "TRUST",
                        "min", 0.6, "max", 1.0, "weight", 2)));
        assertThat(bands).filteredOn(s -> s.inputs().get("mode").equals("CENTRALIZED") && s.inputs().get("contingency").equals("PARTICIPANTS"))
                .singleElement().satisfies(s -> assertThat(s.inputs()).containsEntry("max", null));
    }

    @Test
    void aFitStepGivesTheFigureBandAndVerdictOfTheFitEntry() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.star().build());

        for (FitEntry entry : r.fit()) {
            assertThat(steps(r.explanation(), "governance.fit.")).filteredOn(s -> s.inputs().get("mode").equals(r.mode().name())
                            && s.inputs().get("contingency").equals(entry.contingency().name())).singleElement()
                    .satisfies(s -> {
                        Map<String, Object> expected = entries("mode", r.mode().name(), "contingency", entry.contingency().name(),
                                "value", entry.value());
                        if (entry.contingency() == Contingency.TRUST) {
                            expected.put("centralization", entry.centralization());
                        }
                        expected.put("band", entry.wanted().max() == null ? Numbers.format(entry.wanted().min()) + " or more"
                                : entry.wanted().toString());
                        expected.put("matched", entry.matched());
                        assertThat(s.inputs()).containsExactlyEntriesOf(expected);
                    });
        }
    }

    @Test
    void theModeStepsGiveScoresChoiceAndCrisis() {
        List<ExplanationStep> calm = advisor.recommendGovernance(Cases.star().build()).explanation();
        List<ExplanationStep> crisis = advisor.recommendGovernance(Cases.foundingGroupWithUrgency(0.95)).explanation();

        assertThat(steps(calm, "governance.mode.best-fit")).singleElement().satisfies(s -> assertThat(s.inputs())
                .containsExactlyEntriesOf(entries("mode", "CENTRALIZED", "score", 10, "possible", 10)));
        assertThat(steps(calm, "governance.mode.score")).isNotEmpty().allSatisfy(s -> assertThat(s.inputs())
                .containsOnlyKeys("mode", "score", "possible"));
        assertThat(steps(calm, "governance.mode.recommend-best-fit")).singleElement().satisfies(s -> assertThat(s.inputs())
                .containsExactlyEntriesOf(entries("mode", "CENTRALIZED", "crisis", false)));
        assertThat(steps(crisis, "governance.crisis-centralizes")).singleElement().satisfies(s -> assertThat(s.inputs())
                .containsExactlyEntriesOf(entries("mode", "CENTRALIZED", "crisis", true)));
        assertThat(steps(crisis, "governance.mode.hybrid-needs-members")).singleElement().satisfies(s -> assertThat(s.inputs())
                .containsExactlyEntriesOf(entries("mode", "HYBRID")));
    }

    @Test
    void theLeadDomainSafeguardAndFindingStepsGiveWhatTheAnswerReports() {
        GovernanceRecommendation r = advisor.recommendGovernance(Cases.star().build());

        assertThat(steps(r.explanation(), "governance.lead.")).singleElement().satisfies(s -> assertThat(s.inputs())
                .containsExactlyEntriesOf(entries("member", r.lead(), "inDegree", 7)));
        assertThat(steps(r.explanation(), "governance.domains.")).allSatisfy(s -> assertThat(s.inputs())
                .containsExactlyEntriesOf(entries("domain", s.inputs().get("domain"), "mode", "CENTRALIZED")));
        for (Safeguard safeguard : r.safeguards()) {
            Map<String, Object> expected = entries("safeguard", safeguard.id());
            expected.putAll(safeguard.parameters());
            assertThat(steps(r.explanation(), "governance.safeguard.")).filteredOn(s -> s.inputs().get("safeguard").equals(safeguard.id()))
                    .singleElement().satisfies(s -> assertThat(s.inputs()).containsExactlyEntriesOf(expected));
        }
        for (Finding finding : r.findings()) {
            assertThat(steps(r.explanation(), "governance.finding.")).filteredOn(s -> s.inputs().get("finding").equals(finding.id()))
                    .singleElement().satisfies(s -> assertThat(s.inputs()).containsExactlyEntriesOf(
                            entries("finding", finding.id(), "severity", finding.severity().name(), "subject", finding.subject())));
        }
    }

    @Test
    void theConflictLadderTypeAndVerdictStepsNameTheirInputsAndSayWhatTheyFound() {
        ConflictAssessment a = advisor.assessConflict(ConflictCases.council(), conflict().irreconcilable().build(), AS_OF);

        assertThat(steps(a.explanation(), "conflict.ladder.workingGroup")).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("WORKING_GROUP is owned by a working group of uninvolved members and may run 21 days.");
            assertThat(s.inputs()).containsExactlyEntriesOf(entries("step", "WORKING_GROUP", "owner",
                    "a working group of uninvolved members", "timeBoxDays", 21));
        });
        assertThat(steps(a.explanation(), "conflict.type.count")).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("1 subject(s) point to a GOAL conflict: [strategy].");
            assertThat(s.inputs()).containsExactlyEntriesOf(entries("type", "GOAL", "subjects", List.of("strategy")));
        });
        assertThat(steps(a.explanation(), "conflict.type.primary")).singleElement().satisfies(s -> assertThat(s.inputs())
                .containsExactlyEntriesOf(entries("type", "GOAL", "role", "PRIMARY", "because", List.of("strategy"))));
        assertThat(steps(a.explanation(), "conflict.escalation.continue")).singleElement().satisfies(s -> assertThat(s.inputs())
                .containsExactlyEntriesOf(entries("step", a.nextStep().step().name(), "owner", a.nextStep().owner(),
                        "timeBoxDays", a.nextStep().timeBoxDays(), "dueOn", a.nextStep().dueOn().toString())));
        assertThat(steps(a.explanation(), "conflict.resolvability.")).singleElement().satisfies(s -> assertThat(s.inputs())
                .containsExactlyEntriesOf(entries("resolvability", a.resolvability().value().name())));
    }

    /** Keys and values, alternating, in order. */
    private static Map<String, Object> entries(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
