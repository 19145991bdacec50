package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property: every invalid document — a valid sample with one random mutation — is rejected with
 * exit code 2, at least one {@code PATH: MESSAGE} line naming the place of the mutation, and no
 * stack trace. Mutations of the value sections first give a sample without them a valid
 * distribution and voting section; mutations of the conflicts first give a sample without them a
 * valid conflict and {@code asOf}.
 */
class InvalidDocumentPropertyTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> ROOT_REQUIRED = List.of("name", "formedOn", "members", "context");

    /** A mutated document, as text, and the path the problem must be reported at (null for malformed JSON). */
    record Mutant(String description, String text, String path) {
    }

    @Test
    void every_mutated_sample_is_rejected_cleanly_at_the_mutated_place() {
        qt().withExamples(500)
                .forAll(integers().between(0, Samples.withMembers().size() - 1), integers().between(0, MUTATIONS - 1),
                        integers().between(0, 9_999))
                .asWithPrecursor((sample, mutation, choice) -> mutate(Samples.withMembers().get(sample), mutation, choice),
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

    private static final int MUTATIONS = 49;
    private static final int FOUNDATION_MUTATIONS = 18;
    private static final int VALUE_MUTATIONS = 33;

    static Mutant mutate(Samples sample, int mutation, int choice) {
        ObjectNode doc = sample.tree();
        if (mutation >= VALUE_MUTATIONS) {
            return mutateConflict(doc, mutation, choice);
        }
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
                List<String> required = CoalitionDocument.REQUIRED_MEMBER_FIELDS;
                String field = required.get(choice % required.size());
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

    /** Mutations of the conflicts, the date they are assessed as of, expertise and external mediators. */
    static Mutant mutateConflict(ObjectNode doc, int mutation, int choice) {
        ArrayNode members = (ArrayNode) doc.get("members");
        List<String> ids = new ArrayList<>();
        members.forEach(m -> ids.add(m.get("id").asText()));
        int m = choice % ids.size();
        if (!doc.has("conflicts")) {
            doc.put("asOf", "2024-03-01");
            ObjectNode conflict = doc.putArray("conflicts").addObject();
            conflict.put("id", "added");
            conflict.putArray("parties").add(ids.get(0)).add(ids.get(1));
            conflict.putArray("subjects").add("strategy");
            conflict.putArray("behaviours").add("POSITIONS_HARDEN");
            conflict.put("openedOn", "2024-01-01");
            conflict.putArray("history").addObject().put("step", "DIRECT_NEGOTIATION").put("date", "2024-01-01")
                    .put("outcome", "ONGOING");
            conflict.put("importance", 0.5).put("negativeEmotion", 0.5).put("resolutionEfficacy", 0.5);
        }
        ArrayNode conflicts = (ArrayNode) doc.get("conflicts");
        int c = choice % conflicts.size();
        ObjectNode conflict = (ObjectNode) conflicts.get(c);
        String at = "conflicts[" + c + "]";
        ArrayNode parties = (ArrayNode) conflict.get("parties");
        ArrayNode history = (ArrayNode) conflict.get("history");
        LocalDate openedOn = LocalDate.parse(conflict.get("openedOn").asText());
        switch (mutation) {
            case 33: {
                while (parties.size() > 1) {
                    parties.remove(parties.size() - 1);
                }
                return mutant("one party", doc, at + ".parties");
            }
            case 34: {
                parties.add(parties.get(choice % parties.size()).asText());
                return mutant("repeated party", doc, at + ".parties[" + (parties.size() - 1) + "]");
            }
            case 35: {
                int k = choice % parties.size();
                parties.set(k, NODES.textNode("ghost-" + choice));
                return mutant("unknown party", doc, at + ".parties[" + k + "]");
            }
            case 36: {
                ArrayNode subjects = (ArrayNode) conflict.get("subjects");
                subjects.add(List.of("budget", "strategie", "Strategy", "subject-" + choice).get(choice % 4));
                return mutant("unknown subject", doc, at + ".subjects[" + (subjects.size() - 1) + "]");
            }
            case 37: {
                ArrayNode behaviours = (ArrayNode) conflict.get("behaviours");
                behaviours.add(List.of("SHOUTING", "positions_harden", "STAGE_9", "").get(choice % 4));
                return mutant("unknown behaviour", doc, at + ".behaviours[" + (behaviours.size() - 1) + "]");
            }
            case 38: {
                if (history.isEmpty()) {
                    history.addObject().put("step", "DIRECT_NEGOTIATION").put("date", openedOn.toString()).put("outcome", "ONGOING");
                }
                int k = choice % history.size();
                String field = choice % 2 == 0 ? "step" : "outcome";
                ((ObjectNode) history.get(k)).put(field, List.of("MEDIATION", "DONE", "failed", "").get((choice / 2) % 4));
                return mutant("unknown " + field, doc, at + ".history[" + k + "]." + field);
            }
            case 39:
                doc.remove("asOf");
                return mutant("no asOf", doc, "asOf");
            case 40: {
                String figure = List.of("importance", "negativeEmotion", "resolutionEfficacy").get(choice % 3);
                conflict.put(figure, choice % 2 == 0 ? 1.0 + (1 + choice) / 1000.0 : -(1 + choice) / 1000.0);
                return mutant("figure outside 0..1", doc, at + "." + figure);
            }
            case 41: {
                String date = List.of("2021-02-30", "15/03/2021", "2021-13-01", "", "2021-3-1").get(choice % 5);
                int where = (choice / 5) % 3;
                if (where == 0) {
                    doc.put("asOf", date);
                    return mutant("bad asOf", doc, "asOf");
                }
                if (where == 1 || history.isEmpty()) {
                    conflict.put("openedOn", date);
                    return mutant("bad openedOn", doc, at + ".openedOn");
                }
                ((ObjectNode) history.get(0)).put("date", date);
                return mutant("bad step date", doc, at + ".history[0].date");
            }
            case 42: {
                List<String> outsiders = new ArrayList<>(ids);
                parties.forEach(p -> outsiders.remove(p.asText()));
                outsiders.add("ghost-" + choice);
                conflict.put("leaving", outsiders.get(choice % outsiders.size()));
                return mutant("leaving not a party", doc, at + ".leaving");
            }
            case 43: {
                history.removeAll();
                history.addObject().put("step", "DIRECT_NEGOTIATION").put("date", openedOn.plusDays(10).toString())
                        .put("outcome", "FAILED");
                history.addObject().put("step", "WORKING_GROUP").put("date", openedOn.plusDays(1 + choice % 9).toString())
                        .put("outcome", "ONGOING");
                return mutant("history out of order", doc, at + ".history[1].date");
            }
            case 44: {
                List<String> required = ConflictSections.REQUIRED_CONFLICT_FIELDS;
                String field = required.get(choice % required.size());
                conflict.remove(field);
                return mutant("drop " + at + "." + field, doc, at + "." + field);
            }
            case 45: {
                String name = "extra" + choice;
                int where = choice % 3;
                if (where == 0) {
                    conflict.put(name, choice);
                    return mutant("unknown conflict field", doc, at + "." + name);
                }
                if (where == 1) {
                    if (history.isEmpty()) {
                        history.addObject().put("step", "DIRECT_NEGOTIATION").put("date", openedOn.toString()).put("outcome", "ONGOING");
                    }
                    ((ObjectNode) history.get(0)).put(name, choice);
                    return mutant("unknown step field", doc, at + ".history[0]." + name);
                }
                ArrayNode mediators = doc.has("externalMediators") ? (ArrayNode) doc.get("externalMediators")
                        : doc.putArray("externalMediators");
                mediators.addObject().put("id", "outsider-" + choice).put(name, choice).putArray("expertise");
                return mutant("unknown mediator field", doc, "externalMediators[" + (mediators.size() - 1) + "]." + name);
            }
            case 46: {
                ArrayNode mediators = doc.has("externalMediators") ? (ArrayNode) doc.get("externalMediators")
                        : doc.putArray("externalMediators");
                mediators.addObject().put("id", ids.get(m)).putArray("expertise").add("GOAL");
                return mutant("external mediator that is a member", doc, "externalMediators[" + (mediators.size() - 1) + "].id");
            }
            case 47: {
                ObjectNode member = (ObjectNode) members.get(m);
                int kind = choice % 3;
                ArrayNode expertise = member.putArray("expertise");
                if (kind == 0) {
                    expertise.add("LEGAL");
                    return mutant("unknown expertise", doc, "members[" + m + "].expertise[0]");
                }
                if (kind == 1) {
                    expertise.add("GOAL").add("GOAL");
                    return mutant("repeated expertise", doc, "members[" + m + "].expertise[1]");
                }
                member.put("expertise", "PROCESS");
                return mutant("expertise not an array", doc, "members[" + m + "].expertise");
            }
            case 48: {
                String field = ConflictSections.CONFLICT_FIELDS.get(choice % ConflictSections.CONFLICT_FIELDS.size());
                JsonNode value = switch (field) {
                    case "parties", "subjects", "behaviours", "history" -> NODES.textNode("text");
                    default -> NODES.booleanNode(true);
                };
                conflict.set(field, value);
                return mutant("wrong type for " + at + "." + field, doc, at + "." + field);
            }
            default:
                throw new IllegalArgumentException("no mutation " + mutation);
        }
    }

    private static Mutant mutant(String description, ObjectNode doc, String path) {
        return new Mutant(description, Samples.json(doc), path);
    }
}
