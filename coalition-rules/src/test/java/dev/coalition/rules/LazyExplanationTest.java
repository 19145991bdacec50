package dev.coalition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.ExplanationStep;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.PolicyRuntimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule's reason written with {@code sentence(...)} is formatted when the explanation is read,
 * not while the decision is taken, and then once; a template whose placeholders do not match its
 * arguments fails when the rule fires, naming the template. The rules here are custom DRL, which
 * the advisor compiles at run time; the bundled policies use the same helper in the pre-built
 * executable model.
 */
class LazyExplanationTest {

    private static final String NOTE_RULE = """
            package dev.coalition.policies.governance;

            import dev.coalition.core.Coalition;
            import dev.coalition.rules.CountedNote;
            import dev.coalition.rules.CountingArgument;
            import function dev.coalition.rules.policy.Text.sentence;

            rule "The coalition's name is noted"
                @id("test.note")
                @source("LazyExplanationTest")
            when
                Coalition( $name : name )
            then
                insert(new CountedNote(%s));
            end
            """;

    private static Coalition named(String name) {
        return Coalition.builder(name).formedOn(LocalDate.of(2024, 1, 15))
                .member("a", "A", "firm", 1, "b").member("b", "B", "firm", 1, "a").member("c", "C", "ngo", 1, "a")
                .context(new GovernanceContext(0.2, 0.3, 0.9, 0.2)).build();
    }

    private static CoalitionAdvisor withNote(String reason) {
        return CoalitionAdvisor.builder().policyFile("governance-note.drl", NOTE_RULE.formatted(reason)).build();
    }

    private static ExplanationStep note(GovernanceRecommendation r) {
        List<ExplanationStep> notes = r.explanation().stream().filter(s -> s.rule().equals("test.note")).toList();
        assertThat(notes).hasSize(1);
        return notes.get(0);
    }

    @Test
    void aReasonIsFormattedWhenTheExplanationIsFirstReadAndOnlyOnce() {
        String name = "Coalition read lazily";
        try (CoalitionAdvisor advisor = withNote("sentence(\"The coalition is called {}, share {}.\", CountingArgument.of($name), 1.0 / 3)")) {
            GovernanceRecommendation r = advisor.recommendGovernance(named(name));
            CountingArgument argument = CountingArgument.made(name);

            assertThat(argument).as("the rule fired and made its argument").isNotNull();
            assertThat(argument.reads()).as("formatted during the decision").isZero();
            ExplanationStep step = note(r);
            assertThat(argument.reads()).as("finding the step does not format it").isZero();

            assertThat(step.reason()).isEqualTo("The coalition is called Coalition read lazily, share 0.3333.");
            assertThat(argument.reads()).isEqualTo(1);
            assertThat(step.reason()).isEqualTo("The coalition is called Coalition read lazily, share 0.3333.");
            assertThat(step).hasToString("[test.note] The coalition is called Coalition read lazily, share 0.3333.");
            assertThat(argument.reads()).as("read again").isEqualTo(1);
        }
    }

    @Test
    void aTemplateWhosePlaceholdersDoNotMatchItsArgumentsFailsWhenTheRuleFiresNamingTheTemplate() {
        try (CoalitionAdvisor advisor = withNote("sentence(\"{} is called {}.\", $name)")) {
            assertThatThrownBy(() -> advisor.recommendGovernance(named("Mismatched")))
                    .isInstanceOf(PolicyRuntimeException.class)
                    .hasMessageContaining("rule \"The coalition's name is noted\"")
                    .hasMessageContaining("the sentence template \"{} is called {}.\" has 2 placeholder(s) {} but 1 argument(s)");
        }
    }

    @Test
    void aReasonWrittenByConcatenationAsBeforeStillWorks() {
        try (CoalitionAdvisor advisor = withNote("\"The coalition is called \" + $name + \".\"")) {
            assertThat(note(advisor.recommendGovernance(named("Concatenated"))).reason())
                    .isEqualTo("The coalition is called Concatenated.");
        }
    }
}
