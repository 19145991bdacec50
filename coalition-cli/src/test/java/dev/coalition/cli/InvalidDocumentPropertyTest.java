package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property: every invalid document — a valid sample with one random mutation — is rejected with
 * exit code 2, at least one {@code PATH: MESSAGE} line naming the place of the mutation, and no
 * stack trace.
 */
class InvalidDocumentPropertyTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> ROOT_REQUIRED = List.of("name", "formedOn", "members", "context");

    /** A mutated document, as text, and the path the problem must be reported at (null for malformed JSON). */
    record Mutant(String description, String text, String path) {
    }

    @Test
    void every_mutated_sample_is_rejected_cleanly_at_the_mutated_place() {
        qt().withExamples(100)
                .forAll(integers().between(0, Samples.values().length - 1), integers().between(0, MUTATIONS - 1),
                        integers().between(0, 9_999))
                .asWithPrecursor((sample, mutation, choice) -> mutate(Samples.values()[sample], mutation, choice),
                        Mutant::description)
                .checkAssert((sample, mutation, choice, mutant) -> {
                    Cli.Result result = Cli.evaluate(mutant.text());

                    Rejections.assertCleanRejection(result);
                    if (mutant.path() == null) {
                        assertThat(result.errLines()).as(mutant.description())
                                .singleElement().asString().matches(Rejections.MALFORMED_LINE);
                    } else {
                        assertThat(result.errLines()).as(mutant.description())
                                .allSatisfy(line -> assertThat(line).matches(Rejections.PROBLEM_LINE))
                                .anySatisfy(line -> assertThat(line).startsWith(mutant.path() + ": "));
                    }
                });
    }

    private static final int MUTATIONS = 18;

    static Mutant mutate(Samples sample, int mutation, int choice) {
        ObjectNode doc = sample.tree();
        ArrayNode members = (ArrayNode) doc.get("members");
        int m = choice % members.size();
        ObjectNode member = (ObjectNode) members.get(m);
        String at = "members[" + m + "]";
        ObjectNode context = (ObjectNode) doc.get("context");
        String figure = CoalitionDocument.CONTEXT_FIELDS.get(choice % CoalitionDocument.CONTEXT_FIELDS.size());
        switch (mutation) {
            case 0: {
                String field = ROOT_REQUIRED.get(choice % ROOT_REQUIRED.size());
                doc.remove(field);
                return mutant("drop " + field, doc, field);
            }
            case 1: {
                String field = CoalitionDocument.MEMBER_FIELDS.get(choice % CoalitionDocument.MEMBER_FIELDS.size());
                member.remove(field);
                return mutant("drop " + at + "." + field, doc, at + "." + field);
            }
            case 2:
                context.remove(figure);
                return mutant("drop context." + figure, doc, "context." + figure);
            case 3: {
                JsonNode[] wrong = {NODES.numberNode(choice), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(),
                    NODES.nullNode()};
                String field = List.of("name", "formedOn", "members", "context", "steeringBody", "schemaVersion")
                        .get(choice % 6);
                JsonNode value = wrong[(choice / 6) % wrong.length];
                if (field.equals("members") && value.isArray() || field.equals("context") && value.isObject()
                        || field.equals("steeringBody") && value.isArray()) {
                    value = NODES.textNode("text");
                }
                doc.set(field, value);
                return mutant("wrong type for " + field, doc, field);
            }
            case 4: {
                String field = CoalitionDocument.MEMBER_FIELDS.get(choice % CoalitionDocument.MEMBER_FIELDS.size());
                member.set(field, field.equals("trusts") ? NODES.textNode("everyone")
                        : field.equals("votingWeight") ? NODES.textNode("3") : NODES.numberNode(7));
                return mutant("wrong type for " + at + "." + field, doc, at + "." + field);
            }
            case 5: {
                double value = choice % 2 == 0 ? 1.0 + (1 + choice) / 1000.0 : -(1 + choice) / 1000.0;
                context.put(figure, value);
                return mutant("out of range context." + figure, doc, "context." + figure);
            }
            case 6: {
                ArrayNode trusts = (ArrayNode) member.get("trusts");
                trusts.add("ghost-" + choice);
                return mutant("unknown member in trusts", doc, at + ".trusts[" + (trusts.size() - 1) + "]");
            }
            case 7: {
                int other = (m + 1 + choice % (members.size() - 1)) % members.size();
                ((ObjectNode) members.get(Math.max(m, other))).put("id", members.get(Math.min(m, other)).get("id").asText());
                return mutant("duplicate id", doc, "members[" + Math.max(m, other) + "].id");
            }
            case 8: {
                String name = "extra" + choice;
                int where = choice % 3;
                ObjectNode target = where == 0 ? doc : where == 1 ? member : context;
                target.put(name, choice);
                String prefix = where == 0 ? "" : where == 1 ? at + "." : "context.";
                return mutant("unknown field", doc, prefix + name);
            }
            case 9:
                member.put("votingWeight", -1 - choice);
                return mutant("negative weight", doc, at + ".votingWeight");
            case 10:
                member.put("votingWeight", choice + 0.5);
                return mutant("fractional weight", doc, at + ".votingWeight");
            case 11: {
                ArrayNode trusts = (ArrayNode) member.get("trusts");
                trusts.add(member.get("id").asText());
                return mutant("self trust", doc, at + ".trusts[" + (trusts.size() - 1) + "]");
            }
            case 12: {
                member.put("id", choice % 2 == 0 ? "bad id " + choice : "x".repeat(65));
                return mutant("invalid id", doc, at + ".id");
            }
            case 13: {
                doc.put("formedOn", List.of("2021-02-30", "15/03/2021", "2021-13-01", "", "2021-3-1").get(choice % 5));
                return mutant("bad date", doc, "formedOn");
            }
            case 14: {
                while (members.size() > 1) {
                    members.remove(members.size() - 1);
                }
                return mutant("too few members", doc, "members");
            }
            case 15: {
                doc.set("steeringBody", choice % 2 == 0 ? NODES.arrayNode()
                        : NODES.arrayNode().add(members.get(0).get("id").asText()).add("ghost"));
                return mutant("bad steering body", doc, choice % 2 == 0 ? "steeringBody" : "steeringBody[1]");
            }
            case 16: {
                doc.put("schemaVersion", String.valueOf(2 + choice));
                return mutant("unsupported schema version", doc, "schemaVersion");
            }
            case 17: {
                String text = Samples.json(doc);
                int cut = 1 + choice % (text.length() - 1);
                return new Mutant("truncated at " + cut, text.substring(0, cut), null);
            }
            default:
                throw new IllegalArgumentException("no mutation " + mutation);
        }
    }

    private static Mutant mutant(String description, ObjectNode doc, String path) {
        return new Mutant(description, Samples.json(doc), path);
    }
}
