package dev.coalition.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.rules.policy.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An explanation step built from a sentence not yet formatted is the value a step built from the
 * same text is: equal, the same hash code and line, and it cannot change after it is built.
 */
class ExplanationStepTest {

    private static final Map<String, Object> INPUTS = Map.of("stage", 3);

    @Test
    void aStepFromASentenceEqualsTheStepFromItsText() {
        ExplanationStep lazy = ExplanationStep.of("conflict.stage", "The stage", Text.sentence("Stage {} of {}.", 3, 0.5), INPUTS);
        ExplanationStep plain = new ExplanationStep("conflict.stage", "The stage", "Stage 3 of 0.5.", INPUTS);

        assertThat(lazy).isEqualTo(plain).hasSameHashCodeAs(plain).hasToString("[conflict.stage] Stage 3 of 0.5.");
        assertThat(lazy.reason()).isEqualTo("Stage 3 of 0.5.");
        assertThat(lazy.rule()).isEqualTo("conflict.stage");
        assertThat(lazy.ruleName()).isEqualTo("The stage");
        assertThat(lazy.inputs()).isEqualTo(INPUTS);
        assertThat(lazy).isNotEqualTo(new ExplanationStep("conflict.stage", "The stage", "Stage 4 of 0.5.", INPUTS));
    }

    @Test
    void aStepKeepsWhatItWasBuiltFrom() {
        StringBuilder reason = new StringBuilder("before");
        Map<String, Object> inputs = new LinkedHashMap<>(INPUTS);
        ExplanationStep step = ExplanationStep.of("r", "R", reason, inputs);
        reason.append(" and after");
        inputs.put("later", 1);

        assertThat(step.reason()).isEqualTo("before");
        assertThat(step.inputs()).isEqualTo(INPUTS);
        assertThatThrownBy(() -> step.inputs().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aStepNeedsAReason() {
        assertThatThrownBy(() -> ExplanationStep.of("r", "R", null, INPUTS)).isInstanceOf(NullPointerException.class)
                .hasMessage("reason");
        assertThatThrownBy(() -> new ExplanationStep("r", "R", null, INPUTS)).isInstanceOf(NullPointerException.class)
                .hasMessage("reason");
    }
}
