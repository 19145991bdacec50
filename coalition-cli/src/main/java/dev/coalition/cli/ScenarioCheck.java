package dev.coalition.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.PolicyRuntimeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one scenario: evaluates its document as {@code coalition evaluate} does, with the advisor for
 * its settings, and compares the JSON answer with each expectation. The failures are
 * {@code PATH: expected X, got Y} for a value that differs, {@code PATH: does not exist: ...} for a
 * path the answer does not have, the document's own {@code PATH: MESSAGE} lines when it is invalid,
 * and {@code settings: ...} for a setting the policy refuses.
 */
final class ScenarioCheck {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ScenarioCheck() {
    }

    /** Every failure of the scenario, one line each; none when it passes. */
    static List<String> failures(Scenario scenario, ScenarioAdvisors advisors) {
        JsonNode answer;
        try {
            CoalitionDocument.Reading reading = CoalitionDocument.parse(scenario.document(), InputLimits.DEFAULTS);
            Evaluation.requireEvaluable(reading);
            CoalitionAdvisor advisor = advisors.advisor(scenario.settings());
            answer = MAPPER.readTree(Evaluation.of(advisor, reading, InputLimits.DEFAULTS).json(advisor));
        } catch (UserError e) {
            return e.lines();
        } catch (PolicyRuntimeException e) {
            return List.of("the policy failed: " + Messages.oneLine(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> failures = new ArrayList<>();
        for (Scenario.Expectation expectation : scenario.expectations()) {
            OutputPath.Found found = expectation.path().find(answer);
            if (found.missing() != null) {
                failures.add(expectation.path().text() + ": " + found.missing());
            } else if (!(expectation.path().collects()
                    ? JsonEquality.equalAsSets(expectation.expected(), found.value())
                    : JsonEquality.equal(expectation.expected(), found.value()))) {
                failures.add(expectation.path().text() + ": expected " + json(expectation.expected()) + ", got "
                        + json(found.value()));
            }
        }
        return failures;
    }

    /** A value as compact JSON text. */
    static String json(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
