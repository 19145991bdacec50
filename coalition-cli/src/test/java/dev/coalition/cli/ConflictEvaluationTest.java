package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.conflict.Conflict;
import dev.coalition.rules.api.ConflictAssessment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code coalition evaluate} with {@code "conflicts"}: the article's three cases give what the Java
 * facade gives for their twins in {@code ConflictExamples}, in the documented shape, deterministic.
 */
class ConflictEvaluationTest {

    private static JsonNode tree(String json) {
        try {
            return Samples.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode conflict(Samples sample) {
        return Cli.answer(sample.tree()).get("conflicts").get(0);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    @ParameterizedTest
    @EnumSource(value = Samples.class, names = {"CONFLICT_IP_RIGHTS", "CONFLICT_DATA_OWNERSHIP", "CONFLICT_DIVERGENCE"})
    void each_conflict_sample_gives_the_conflicts_the_java_facade_gives_for_its_twin(Samples sample) {
        Cli.Result result = Cli.evaluate(sample.text());
        List<ConflictAssessment> expected = sample.expectedConflicts(Advisors.defaultAdvisor());
        String written = RecommendationDocument.write(Advisors.defaultAdvisor(),
                Advisors.defaultAdvisor().recommendGovernance(sample.javaTwin()), null, null, expected);

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(expected).hasSize(1);
        assertThat(tree(result.out()).get("conflicts")).isEqualTo(tree(written).get("conflicts"));
        assertThat(result.out()).isEqualTo(sample.expectedOutput(Advisors.defaultAdvisor()));
    }

    @ParameterizedTest
    @EnumSource(value = Samples.class, names = {"CONFLICT_IP_RIGHTS", "CONFLICT_DATA_OWNERSHIP", "CONFLICT_DIVERGENCE"})
    void each_conflict_sample_describes_the_same_conflicts_as_conflict_examples(Samples sample) {
        CoalitionDocument.Reading reading = CoalitionDocument.parse(sample.bytes());

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.coalition()).isEqualTo(sample.javaTwin());
        assertThat(reading.conflicts().asOf()).isEqualTo(sample.asOf());
        List<Conflict> conflicts = reading.conflicts().conflicts().stream().map(ConflictsRequest.Draft::conflict).toList();
        assertThat(conflicts).isEqualTo(sample.conflicts());
    }

    @Test
    void the_technology_standards_ip_conflict_needs_an_external_mediator() {
        JsonNode ip = conflict(Samples.CONFLICT_IP_RIGHTS);

        assertThat(ip.get("id").asText()).isEqualTo("ip-rights");
        assertThat(ip.get("types").get(0).get("type").asText()).isEqualTo("PROCESS");
        assertThat(ip.get("types").get(0).get("role").asText()).isEqualTo("PRIMARY");
        assertThat(ip.get("stage").asInt()).isEqualTo(5);
        assertThat(ip.get("level").asText()).isEqualTo("WIN_LOSE");
        assertThat(texts(ip.get("interventions"))).contains("MEDIATION");
        assertThat(ip.get("externalFacilitatorRequired").asBoolean()).isTrue();
        assertThat(ip.get("mediators")).allSatisfy(m -> assertThat(m.get("external").asBoolean()).isTrue());
        assertThat(ip.get("mediators").get(0).get("id").asText()).isEqualTo("ip-mediator");
        assertThat(ip.get("divergence").isNull()).isTrue();
    }

    @Test
    void the_healthcare_data_ownership_conflict_continues_direct_negotiation_within_two_weeks() {
        JsonNode data = conflict(Samples.CONFLICT_DATA_OWNERSHIP);

        assertThat(data.get("level").asText()).isEqualTo("WIN_WIN");
        assertThat(data.get("nextStep").get("step").asText()).isEqualTo("DIRECT_NEGOTIATION");
        assertThat(data.get("nextStep").get("dueOn").asText()).isEqualTo("2024-07-15");
        assertThat(data.get("resolvability").get("value").asText()).isEqualTo("RESOLVABLE");
        assertThat(data.get("mediators").get(0).get("id").asText()).isEqualTo("registry");
        assertThat(data.get("divergence").isNull()).isTrue();
    }

    @Test
    void the_financial_services_conflict_ends_in_a_dignified_divergence() {
        JsonNode risk = conflict(Samples.CONFLICT_DIVERGENCE);
        JsonNode divergence = risk.get("divergence");

        assertThat(risk.get("resolvability").get("value").asText()).isEqualTo("IRRECONCILABLE");
        assertThat(divergence.get("leaving").asText()).isEqualTo("insurer");
        assertThat(divergence.get("proposed").asBoolean()).isFalse();
        assertThat(divergence.get("seatHandedTo").isNull()).isTrue();
        assertThat(texts(divergence.get("steeringBodyAfter"))).containsExactly("bank");
        assertThat(divergence.get("votingSharesAfter").toString()).isEqualTo("{\"bank\":\"3/5\",\"broker\":\"1/5\",\"payments\":\"1/5\"}");
        // the document has no ledger: nothing to recognise or settle
        assertThat(divergence.get("creditsRecognised").asLong()).isZero();
        assertThat(divergence.get("settlement").asLong()).isZero();
    }

    @Test
    void without_a_leaving_member_the_policy_proposes_one() {
        ObjectNode doc = Samples.CONFLICT_DIVERGENCE.tree();
        ((ObjectNode) doc.get("conflicts").get(0)).remove("leaving");

        JsonNode divergence = Cli.answer(doc).get("conflicts").get(0).get("divergence");

        assertThat(divergence.get("proposed").asBoolean()).isTrue();
        assertThat(divergence.get("leaving").asText()).isIn("bank", "insurer");
        assertThat(divergence.get("reasons")).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Samples.class, names = {"CONFLICT_IP_RIGHTS", "CONFLICT_DATA_OWNERSHIP", "CONFLICT_DIVERGENCE"})
    void a_conflict_has_the_documented_keys_in_order(Samples sample) {
        JsonNode root = Cli.answer(sample.tree());
        JsonNode conflict = root.get("conflicts").get(0);

        assertThat(keys(root)).containsExactly("schemaVersion", "provenance", "governance", "conflicts");
        assertThat(keys(conflict)).containsExactly("id", "types", "stage", "level", "interventions",
                "externalFacilitatorRequired", "nextStep", "mediators", "resolvability", "divergence", "findings", "explanation");
        for (JsonNode type : conflict.get("types")) {
            assertThat(keys(type)).containsExactly("type", "role", "because");
        }
        assertThat(conflict.get("stage").isInt()).isTrue();
        assertThat(conflict.get("externalFacilitatorRequired").isBoolean()).isTrue();
        assertThat(keys(conflict.get("nextStep"))).containsExactly("step", "owner", "timeBoxDays", "dueOn", "reason");
        assertThat(conflict.get("nextStep").get("timeBoxDays").isInt()).isTrue();
        for (JsonNode mediator : conflict.get("mediators")) {
            assertThat(keys(mediator)).containsExactly("id", "external", "rank", "reasons");
        }
        assertThat(keys(conflict.get("resolvability"))).containsExactly("value", "reasons");
        if (!conflict.get("divergence").isNull()) {
            assertThat(keys(conflict.get("divergence"))).containsExactly("leaving", "proposed", "reasons", "graceUntil",
                    "creditsRecognised", "settlement", "seatHandedTo", "steeringBodyAfter", "votingSharesAfter");
        }
        assertThat(conflict.get("explanation")).isNotEmpty();
        for (JsonNode step : conflict.get("explanation")) {
            assertThat(keys(step)).containsExactly("rule", "reason", "inputs");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Samples.class, names = {"CONFLICT_IP_RIGHTS", "CONFLICT_DATA_OWNERSHIP", "CONFLICT_DIVERGENCE"})
    void the_same_conflicts_give_the_same_bytes(Samples sample) {
        assertThat(Cli.evaluate(sample.text()).out()).isEqualTo(Cli.evaluate(sample.text()).out()).isNotEmpty();
    }

    @Test
    void several_conflicts_are_assessed_in_document_order() {
        ObjectNode doc = Samples.CONFLICT_IP_RIGHTS.tree();
        ArrayNode conflicts = (ArrayNode) doc.get("conflicts");
        ObjectNode second = conflicts.get(0).deepCopy();
        second.put("id", "roadmap");
        second.putArray("parties").add("netco").add("softco");
        second.putArray("subjects").add("priorities");
        conflicts.insert(0, second);

        JsonNode out = Cli.answer(doc).get("conflicts");

        assertThat(out).extracting(c -> c.get("id").asText()).containsExactly("roadmap", "ip-rights");
        assertThat(out.get(0).get("types").get(0).get("type").asText()).isEqualTo("GOAL");
    }

    @Test
    void an_empty_conflict_list_gives_an_empty_conflicts_section_and_needs_no_date() {
        ObjectNode doc = Samples.CONFLICT_IP_RIGHTS.tree();
        doc.remove("asOf");
        doc.putArray("conflicts");

        JsonNode root = Cli.answer(doc);

        assertThat(root.get("conflicts").isArray()).isTrue();
        assertThat(root.get("conflicts")).isEmpty();
    }

    @Test
    void without_conflicts_there_is_no_conflicts_section_even_with_a_date() {
        ObjectNode doc = Samples.CONFLICT_IP_RIGHTS.tree();
        doc.remove("conflicts");

        assertThat(keys(Cli.answer(doc))).containsExactly("schemaVersion", "provenance", "governance");
    }

    @Test
    void the_time_boxes_are_the_policys_settings() {
        JsonNode before = conflict(Samples.CONFLICT_DATA_OWNERSHIP);
        JsonNode after = Cli.answer(Samples.CONFLICT_DATA_OWNERSHIP.tree(), "--set", "conflict.step.directNegotiation.timeBoxDays=7")
                .get("conflicts").get(0);

        assertThat(before.get("nextStep").get("step").asText()).isEqualTo("DIRECT_NEGOTIATION");
        assertThat(after.get("nextStep").get("step").asText()).isEqualTo("WORKING_GROUP");
    }

    @Test
    void conflicts_come_after_the_value_sections() {
        ObjectNode doc = Samples.CONFLICT_IP_RIGHTS.tree();
        doc.putObject("voting").put("quota", 5);

        assertThat(keys(Cli.answer(doc))).containsExactly("schemaVersion", "provenance", "governance", "votingPower", "conflicts");
    }
}
