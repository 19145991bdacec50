package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of the answer, {@code schema/coalition-answer.schema.json}, documents every key
 * the command prints: the answers of every sample and of generated documents (governance, value,
 * voting and conflict sections) are walked key by key against it, and a key the schema does not
 * describe fails the test with its path.
 */
class AnswerSchemaTest {

    private static final Path SCHEMA = Path.of("..", "schema", "coalition-answer.schema.json");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = Samples.MAPPER.readTree(Files.readAllBytes(SCHEMA));
    }

    // --- the walker ---

    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : schema.at(ref.asText().substring(1));
    }

    /** Every key of {@code value} not described by {@code node}, as paths. */
    private static void walk(JsonNode node, JsonNode value, String path, List<String> undocumented) {
        JsonNode s = resolve(node);
        if (value.isObject()) {
            JsonNode properties = s.get("properties");
            JsonNode additional = s.get("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = path + "/" + field.getKey();
                if (properties != null && properties.has(field.getKey())) {
                    walk(properties.get(field.getKey()), field.getValue(), at, undocumented);
                } else if (additional != null && additional.isObject()) {
                    walk(additional, field.getValue(), at, undocumented);
                } else {
                    undocumented.add(at);
                }
            }
        } else if (value.isArray() && s.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(s.get("items"), value.get(i), path + "/" + i, undocumented);
            }
        }
    }

    private static List<String> undocumented(JsonNode answer) {
        List<String> paths = new ArrayList<>();
        walk(schema, answer, "", paths);
        return paths;
    }

    private static JsonNode answer(String document, String... options) {
        Cli.Result result = Cli.evaluate(document, options);
        assertThat(result.exitCode()).as(result.err() + "\n" + document).isZero();
        try {
            return Samples.MAPPER.readTree(result.out());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // --- the laws ---

    @Test
    void theSchemaIsADraft202012SchemaBesideTheInputsAndDescribesEveryProperty() {
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(schema, "", undescribed);
        assertThat(undescribed).as("properties without a description").isEmpty();
    }

    private static void collectUndescribed(JsonNode node, String path, List<String> undescribed) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null) {
                properties.fields().forEachRemaining(p -> {
                    if (!p.getValue().has("description")) {
                        undescribed.add(path + "/properties/" + p.getKey());
                    }
                });
            }
            node.fields().forEachRemaining(f -> collectUndescribed(f.getValue(), path + "/" + f.getKey(), undescribed));
        }
    }

    @Test
    void theWalkerFindsAKeyTheSchemaDoesNotDocument() {
        ObjectNode answer = (ObjectNode) answer(Samples.CYBERSECURITY.text()).deepCopy();
        ((ObjectNode) answer.get("governance").get("fit").get(1)).put("surprise", 1);
        ((ObjectNode) answer.get("governance").get("explanation").get(0).get("inputs")).put("unheardOf", 1);

        assertThat(undocumented(answer)).containsExactly("/governance/fit/1/surprise", "/governance/explanation/0/inputs/unheardOf");
    }

    @Test
    void everySamplesAnswerHasOnlyDocumentedKeys() {
        for (Samples sample : Samples.values()) {
            assertThat(undocumented(answer(sample.text()))).as(sample.name()).isEmpty();
        }
    }

    @Test
    void everyGeneratedDocumentsAnswerHasOnlyDocumentedKeys() {
        qt().withExamples(150).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String document = Samples.json(generated(r));
            // sometimes every game is sampled, so that the approximation is printed too
            String[] options = r.nextBoolean() ? new String[0] : new String[] {"--set", "value.exactShapleyMaxPlayers=1"};
            assertThat(undocumented(answer(document, options))).as(document).isEmpty();
        });
    }

    // --- generated valid documents: every section, with and without its optional parts ---

    private static final String[] CATEGORIES = {"hospital", "ngo", "agency", "university", "firm"};
    private static final String[] PRINCIPLES = {"EQUALITY", "PROPORTIONALITY", "NEED", "RECOGNITION_OF_ALL_VALUE_TYPES"};
    private static final String[] POLICIES = {"EQUAL", "PROPORTIONAL", "NEED_WEIGHTED", "SHAPLEY"};
    private static final String[] SUBJECTS = {"objectives", "priorities", "strategy", "scope", "roles", "procedures",
        "resources", "schedule", "decision-rights", "trust", "respect", "personal", "communication-style"};
    private static final String[] BEHAVIOURS = {"POSITIONS_HARDEN", "POLARIZED_DEBATE", "UNILATERAL_ACTION", "ALLY_RECRUITING",
        "STEREOTYPING", "PUBLIC_LOSS_OF_FACE", "THREATS_ULTIMATUMS", "DESTRUCTIVE_ACTS", "ATTACKS_ON_CORE", "TOTAL_CONFRONTATION"};
    private static final String[] STEPS = {"DIRECT_NEGOTIATION", "WORKING_GROUP", "DESIGNATED_MEDIATOR", "STEERING_BODY",
        "EXTERNAL_ARBITRATION", "DIGNIFIED_DIVERGENCE"};
    private static final String[] OUTCOMES = {"FAILED", "RESOLVED", "ONGOING"};
    private static final String[] TYPES = {"GOAL", "PROCESS", "RELATIONSHIP"};

    private static double fraction(Random r) {
        return r.nextInt(101) / 100.0;
    }

    private static ObjectNode generated(Random r) {
        int n = 2 + r.nextInt(r.nextBoolean() ? 4 : 11);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("m" + i);
        }
        ObjectNode doc = NODES.objectNode();
        doc.put("schemaVersion", "1").put("name", "Generated").put("formedOn", "2023-01-01");
        ArrayNode members = doc.putArray("members");
        for (String id : ids) {
            ObjectNode m = members.addObject().put("id", id).put("name", id.toUpperCase()).put("category", CATEGORIES[r.nextInt(CATEGORIES.length)])
                    .put("votingWeight", r.nextInt(6));
            ArrayNode trusts = m.putArray("trusts");
            ids.stream().filter(other -> !other.equals(id) && r.nextInt(3) == 0).forEach(trusts::add);
            if (r.nextBoolean()) {
                ArrayNode expertise = m.putArray("expertise");
                expertise.add(TYPES[r.nextInt(TYPES.length)]);
            }
        }
        if (r.nextBoolean()) {
            ArrayNode seats = doc.putArray("steeringBody");
            ids.stream().filter(id -> r.nextBoolean()).forEach(seats::add);
            if (seats.isEmpty()) {
                seats.add(ids.get(0));
            }
        }
        doc.putObject("context").put("decisionUrgency", r.nextInt(4) == 0 ? 0.8 + fraction(r) / 5 : fraction(r))
                .put("strategicStability", fraction(r)).put("goalConsensus", fraction(r)).put("networkCompetencyNeed", fraction(r));
        if (r.nextBoolean()) {
            distribution(r, doc, ids);
        }
        if (r.nextBoolean()) {
            doc.putObject("voting").put("quota", 1);
            if (members.findValues("votingWeight").stream().allMatch(w -> w.asInt() == 0)) {
                ((ObjectNode) members.get(0)).put("votingWeight", 1);
            }
        }
        if (r.nextBoolean()) {
            conflicts(r, doc, ids);
        }
        return doc;
    }

    private static void distribution(Random r, ObjectNode doc, List<String> ids) {
        ArrayNode principles = doc.putArray("principles");
        for (String p : PRINCIPLES) {
            if (r.nextInt(3) == 0) {
                principles.add(p);
            }
        }
        ObjectNode d = doc.putObject("distribution");
        boolean credits = r.nextBoolean();
        d.put("amount", credits ? String.valueOf(r.nextInt(10_000)) : r.nextInt(100_000) + "." + (10 + r.nextInt(90)))
                .put("currency", credits ? "CREDITS" : "EUR");
        ObjectNode contributions = d.putObject("contributions");
        ObjectNode needs = d.putObject("needs");
        for (String id : ids) {
            contributions.put(id, 1 + r.nextInt(50));
            needs.put(id, 1 + r.nextInt(20));
        }
        d.put("needWeight", fraction(r));
        boolean game = ids.size() <= 4;
        if (game && r.nextBoolean()) {
            ObjectNode g = d.putObject("game");
            ArrayNode players = g.putArray("players");
            ids.forEach(players::add);
            ObjectNode values = g.putObject("values");
            for (int mask = 1; mask < (1 << ids.size()); mask++) {
                List<String> coalition = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    if ((mask & (1 << i)) != 0) {
                        coalition.add(ids.get(i));
                    }
                }
                values.put(String.join(",", coalition), Integer.bitCount(mask) * 10 + r.nextInt(10));
            }
            d.putObject("sampling").put("epsilon", 5).put("delta", 0.1).put("seed", r.nextInt(1000));
            d.put("policy", "SHAPLEY");
        } else if (r.nextBoolean()) {
            d.put("policy", POLICIES[r.nextInt(3)]);
        }
    }

    private static void conflicts(Random r, ObjectNode doc, List<String> ids) {
        doc.put("asOf", "2024-12-31");
        if (r.nextBoolean()) {
            doc.putArray("externalMediators").addObject().put("id", "ext").putArray("expertise").add(TYPES[r.nextInt(TYPES.length)]);
        }
        ArrayNode conflicts = doc.putArray("conflicts");
        int count = 1 + r.nextInt(2);
        for (int c = 0; c < count; c++) {
            ObjectNode conflict = conflicts.addObject().put("id", "c" + c);
            List<String> parties = new ArrayList<>(ids);
            java.util.Collections.shuffle(parties, r);
            parties = parties.subList(0, 2);
            ArrayNode p = conflict.putArray("parties");
            parties.forEach(p::add);
            conflict.putArray("subjects").add(SUBJECTS[r.nextInt(SUBJECTS.length)]).add(SUBJECTS[r.nextInt(SUBJECTS.length)]);
            ArrayNode behaviours = conflict.putArray("behaviours");
            for (int b = 0; b <= r.nextInt(3); b++) {
                behaviours.add(BEHAVIOURS[r.nextInt(BEHAVIOURS.length)]);
            }
            conflict.put("openedOn", "2024-01-1" + r.nextInt(10));
            ArrayNode history = conflict.putArray("history");
            int steps = r.nextInt(5);
            for (int s = 0; s < steps; s++) {
                history.addObject().put("step", STEPS[Math.min(s + r.nextInt(3), STEPS.length - 1)])
                        .put("date", "2024-0" + (2 + s) + "-01").put("outcome", s == steps - 1 ? OUTCOMES[r.nextInt(3)] : "FAILED");
            }
            conflict.put("importance", fraction(r)).put("negativeEmotion", fraction(r)).put("resolutionEfficacy", fraction(r));
            if (r.nextBoolean()) {
                conflict.put("leaving", parties.get(0));
            }
        }
    }
}
