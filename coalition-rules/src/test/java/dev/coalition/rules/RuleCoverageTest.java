package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the bundled policy fires on at least one of the cases the rule tests use, so a rule
 * added without a case is noticed (DRL-STYLE: every rule has a test showing it firing).
 */
class RuleCoverageTest {

    private static final Pattern ID = Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");

    private static CoalitionAdvisor advisor;

    @BeforeAll
    static void compilePolicy() {
        advisor = CoalitionAdvisor.withDefaultPolicies();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static Set<String> bundledRuleIds() {
        Set<String> ids = new TreeSet<>();
        for (String file : advisor.policyFiles()) {
            if (file.endsWith(".drl")) {
                Matcher m = ID.matcher(PolicyAuthoringTest.bundled(file));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    private static final Pattern RULE = Pattern.compile("(?m)^rule \"");

    @Test
    void theRuleIdsAreReadFromTheBundledPolicy() {
        int rules = 0;
        for (String file : advisor.policyFiles()) {
            if (file.endsWith(".drl")) {
                rules += (int) RULE.matcher(PolicyAuthoringTest.bundled(file)).results().count();
            }
        }

        assertThat(bundledRuleIds()).as("one id per rule").hasSize(rules)
                .contains("governance.crisis-centralizes", "governance.lead.most-trusted", "governance.finding.poor-fit",
                        "governance.finding.trust-not-centred");
        assertThat(rules).isGreaterThanOrEqualTo(40);
    }

    @Test
    void everyBundledRuleFiresOnSomeTestCase() {
        List<Coalition> cases = List.of(
                Cases.foundingGroup(),
                Cases.foundingGroupWithUrgency(0.9),
                Cases.cybersecurity(),
                Cases.star().build(),
                Cases.star("hospital", "hospital", "hospital", "ngo", "hospital", "lab", "hospital", "hospital")
                        .steeringBody("s1").build(),
                Cases.ring(),
                Cases.strangersInACrisis());

        Set<String> fired = new TreeSet<>();
        for (Coalition c : cases) {
            fired.addAll(Explanations.ruleIds(advisor.recommendGovernance(c)));
        }

        assertThat(fired).containsExactlyInAnyOrderElementsOf(bundledRuleIds());
    }
}
