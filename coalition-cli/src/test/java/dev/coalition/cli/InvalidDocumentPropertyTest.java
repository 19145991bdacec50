package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property: every invalid document — a valid sample with one random mutation — is rejected with
 * exit code 2, at least one {@code PATH: MESSAGE} line naming the place of the mutation, and no
 * stack trace. Mutations of the value sections first give a sample without them a valid
 * distribution and voting section.
 */
class InvalidDocumentPropertyTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> ROOT_REQUIRED = List.of("name", "formedOn", "members", "context");

    /** A mutated document, as text, and the path the problem must be reported at (null for malformed JSON). */
    record Mutant(String description, String text, String path) {
    }

    @Test
    void every_mutated_sample_is_rejected_cleanly_at_the_mutated_place() {
        qt().withExamples(300)
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

    private static final int MUTATIONS = 33;
    private static final int FOUNDATION_MUTATIONS = 18;

    static Mutant mutate(Samples sample, int mutation, int choice) {
        ObjectNode doc = sample.tree();
        if (mutation >= FOUNDATION_MUTATIONS) {
            return mutateValue(doc, mutation, choice);
        }
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

    private static final List<String> DISTRIBUTION_FIELDS = ValueSections.DISTRIBUTION_FIELDS;

    /** Mutations of the principles, distribution and voting sections. */
    static Mutant mutateValue(ObjectNode doc, int mutation, int choice) {
        ArrayNode members = (ArrayNode) doc.get("members");
        List<String> ids = new ArrayList<>();
        members.forEach(m -> ids.add(m.get("id").asText()));
        int m = choice % ids.size();
        String id = ids.get(m);
        ObjectNode distribution = doc.has("distribution") ? (ObjectNode) doc.get("distribution") : doc.putObject("distribution");
        if (!distribution.has("amount")) {
            distribution.put("amount", "100.00").put("currency", "EUR");
            ObjectNode contributions = distribution.putObject("contributions");
            for (int i = 0; i < ids.size(); i++) {
                contributions.put(ids.get(i), i + 1);
            }
        }
        ObjectNode voting = doc.has("voting") ? (ObjectNode) doc.get("voting") : doc.putObject("voting").put("quota", 1);
        switch (mutation) {
            case 18: {
                String field = choice % 2 == 0 ? "amount" : "currency";
                distribution.remove(field);
                return mutant("drop distribution." + field, doc, "distribution." + field);
            }
            case 19: {
                String field = DISTRIBUTION_FIELDS.get(choice % DISTRIBUTION_FIELDS.size());
                JsonNode value = switch (field) {
                    case "amount", "currency", "policy" -> NODES.numberNode(choice);
                    case "contributions", "game" -> NODES.arrayNode().add(choice);
                    default -> NODES.textNode("text");
                };
                distribution.set(field, value);
                return mutant("wrong type for distribution." + field, doc, "distribution." + field);
            }
            case 20:
                distribution.put("currency", List.of("EURO", "eur", "XAU", "", "CREDIT", "E U R").get(choice % 6));
                return mutant("bad currency", doc, "distribution.currency");
            case 21: {
                String[][] amounts = {{"1.005", "EUR"}, {"12.3456", "USD"}, {"1.5", "JPY"}, {"1.5", "CREDITS"}, {"1e3", "EUR"},
                    {"-1.00", "EUR"}};
                String[] amount = amounts[choice % amounts.length];
                distribution.put("amount", amount[0]).put("currency", amount[1]);
                return mutant("bad amount " + amount[0] + " " + amount[1], doc, "distribution.amount");
            }
            case 22: {
                ObjectNode contributions = distribution.has("contributions") && distribution.get("contributions").isObject()
                        ? (ObjectNode) distribution.get("contributions") : distribution.putObject("contributions");
                contributions.put(id, -1 - choice);
                return mutant("negative contribution", doc, DocumentPath.key("distribution.contributions", id));
            }
            case 23: {
                String key = choice % 2 == 0 ? "contributions" : "needs";
                ObjectNode figures = distribution.has(key) && distribution.get(key).isObject()
                        ? (ObjectNode) distribution.get(key) : distribution.putObject(key);
                figures.put("ghost-" + choice, 1);
                return mutant("unknown member in " + key, doc, DocumentPath.key("distribution." + key, "ghost-" + choice));
            }
            case 24:
                distribution.put("policy", List.of("FAIR", "equal", "SHAPELY", "").get(choice % 4));
                return mutant("unknown policy", doc, "distribution.policy");
            case 25: {
                List<String> players = ids.subList(0, Math.min(3, ids.size()));
                int coalitions = (1 << players.size()) - 1;
                int left = 1 + choice % coalitions;
                ObjectNode game = distribution.putObject("game");
                ArrayNode list = game.putArray("players");
                players.forEach(list::add);
                ObjectNode values = game.putObject("values");
                for (int mask = 1; mask <= coalitions; mask++) {
                    if (mask != left) {
                        List<String> coalition = new ArrayList<>();
                        for (int i = 0; i < players.size(); i++) {
                            if ((mask & (1 << i)) != 0) {
                                coalition.add(players.get(i));
                            }
                        }
                        values.put(String.join(",", coalition), mask);
                    }
                }
                return mutant("incomplete game table", doc, "distribution.game.values");
            }
            case 26: {
                String name = "extra" + choice;
                int where = choice % 4;
                ObjectNode target = where == 0 ? distribution : where == 1 ? voting
                        : where == 2 ? distribution.putObject("sampling").put("epsilon", 0.1).put("delta", 0.05).put("seed", 1)
                        : distribution.putObject("game");
                target.put(name, choice);
                String prefix = List.of("distribution.", "voting.", "distribution.sampling.", "distribution.game.").get(where);
                return mutant("unknown field", doc, prefix + name);
            }
            case 27: {
                long total = 0;
                for (JsonNode member : members) {
                    total += member.get("votingWeight").asLong();
                }
                voting.put("quota", total + 1 + choice % 100);
                return mutant("quota above total weight", doc, "voting.quota");
            }
            case 28: {
                ObjectNode weights = voting.putObject("weights");
                for (String other : ids) {
                    if (!other.equals(id)) {
                        weights.put(other, 1);
                    }
                }
                return mutant("weights missing a member", doc, DocumentPath.key("voting.weights", id));
            }
            case 29: {
                int kind = choice % 5;
                if (kind == 0) {
                    voting.remove("quota");
                } else {
                    voting.set("quota", List.<JsonNode>of(NODES.numberNode(0), NODES.numberNode(-choice),
                            NODES.numberNode(choice + 0.5), NODES.textNode("51")).get(kind - 1));
                }
                return mutant("bad quota", doc, "voting.quota");
            }
            case 30: {
                int kind = choice % 3;
                if (kind == 0) {
                    doc.put("principles", "EQUALITY");
                    return mutant("principles not an array", doc, "principles");
                }
                ArrayNode principles = doc.putArray("principles").add("EQUALITY");
                principles.add(kind == 1 ? "FAIRNESS" : "EQUALITY");
                return mutant(kind == 1 ? "unknown principle" : "repeated principle", doc, "principles[1]");
            }
            case 31: {
                ObjectNode sampling = distribution.putObject("sampling").put("epsilon", 0.1).put("delta", 0.05).put("seed", 1);
                String field = List.of("epsilon", "delta", "seed").get(choice % 3);
                sampling.set(field, switch (field) {
                    case "epsilon" -> NODES.numberNode(-choice);
                    case "delta" -> NODES.numberNode(1 + choice);
                    default -> NODES.numberNode(choice + 0.25);
                });
                return mutant("bad sampling " + field, doc, "distribution.sampling." + field);
            }
            case 32: {
                ObjectNode contributions = distribution.has("contributions") && distribution.get("contributions").isObject()
                        ? (ObjectNode) distribution.get("contributions") : distribution.putObject("contributions");
                contributions.put(id, String.valueOf(choice));
                return mutant("contribution not a number", doc, DocumentPath.key("distribution.contributions", id));
            }
            default:
                throw new IllegalArgumentException("no mutation " + mutation);
        }
    }

    private static Mutant mutant(String description, ObjectNode doc, String path) {
        return new Mutant(description, Samples.json(doc), path);
    }
}
