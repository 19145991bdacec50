package dev.coalition.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.policy.Settings;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieBase;

/**
 * The knowledge bases generated at build time are those of the bundled DRL: same rules, same
 * metadata, same policy hash, and refused for DRL that differs from what they were generated from.
 */
class PrebuiltPoliciesTest {

    private static final PolicySet BUNDLED = PolicySet.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"governance", "value", "voting", "conflict"})
    void eachAreaHasAPrebuiltKnowledgeBaseWithTheRulesOfItsDrl(String area) {
        Settings settings = BUNDLED.defaultSettings();
        KieBase prebuilt = PrebuiltPolicies.load(area, PolicySet.fingerprintOf(BUNDLED.drlFiles(area))).orElseThrow();
        KieBase compiled = PolicyCompiler.compile(BUNDLED.drlFiles(area), settings);

        assertThat(rules(prebuilt)).isNotEmpty().isEqualTo(rules(compiled));
    }

    @Test
    void aPrebuiltModelIsNotUsedForDrlThatDiffersFromTheOneItWasGeneratedFrom() {
        PolicySet changed = BUNDLED.with(new PolicySource("voting-findings.drl",
                BUNDLED.drlFiles("voting").get(0).text() + "\n// changed\n", "test"));

        assertThat(PrebuiltPolicies.load("voting", PolicySet.fingerprintOf(changed.drlFiles("voting")))).isEmpty();
    }

    @Test
    void theBundledPolicyHashWrittenAtBuildTimeIsTheDigestOfTheBundledFiles() {
        assertThat(BUNDLED.hash()).isEqualTo(PolicySet.hashOf(BUNDLED.files())).startsWith("sha256:");
    }

    @Test
    void aCustomPolicyHashIsComputedFromItsOwnFiles() {
        PolicySet custom = BUNDLED.with(new PolicySource("my-extra.drl", "package x;\n", "test"));

        assertThat(custom.hash()).isEqualTo(PolicySet.hashOf(custom.files())).isNotEqualTo(BUNDLED.hash());
    }

    /** Each rule as package, name, id and source. */
    private static Set<String> rules(KieBase kieBase) {
        Set<String> rules = new TreeSet<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> rules.add(p.getName() + " | " + r.getName()
                + " | " + r.getMetaData().get("id") + " | " + r.getMetaData().get("source"))));
        return rules;
    }
}
