package dev.coalition.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.core.InvalidCoalitionException;
import dev.coalition.core.Violation;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.value.CharacteristicFunction;
import dev.coalition.value.Credits;
import dev.coalition.value.Fraction;
import dev.coalition.value.Money;
import dev.coalition.value.Principle;
import dev.coalition.value.Sampling;
import dev.coalition.value.TableGame;
import dev.coalition.value.Units;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the value sections of a coalition document: {@code "principles"}, {@code "distribution"}
 * and {@code "voting"}. Reports what the document alone shows to be wrong (unknown fields, wrong
 * JSON types, a missing amount or currency, an unknown currency, more decimals than the currency
 * has, numbers that are negative or not whole where they must be, unknown members, a game table
 * whose coalitions name unknown or repeated players or are missing); what depends on the policy
 * chosen (contributions missing for a member, a quota above the total weight, ...) is checked by
 * the facade, whose problems carry paths into the same sections.
 */
final class ValueSections {

    /** The pseudo-currency of whole credits. */
    static final String CREDITS = "CREDITS";

    /** The fields of the distribution section, in the order the schema lists them. */
    static final List<String> DISTRIBUTION_FIELDS =
            List.of("amount", "currency", "policy", "contributions", "needs", "needWeight", "game", "sampling");
    /** The fields of a game table. */
    static final List<String> GAME_FIELDS = List.of("players", "values");
    /** The fields of the sampling settings of a game. */
    static final List<String> SAMPLING_FIELDS = List.of("epsilon", "delta", "seed", "range");
    /** The fields of the voting section. */
    static final List<String> VOTING_FIELDS = List.of("quota", "weights");

    /** The most digits a number in these sections may have before its decimal point. */
    static final int MAX_DIGITS = 30;
    /** The most decimals a number in these sections may have. */
    static final int MAX_DECIMALS = 20;

    /** The longest amount text read: {@value #MAX_DIGITS} digits, a point and {@value #MAX_DECIMALS} decimals, and a sign. */
    private static final int MAX_AMOUNT_LENGTH = MAX_DIGITS + 1 + MAX_DECIMALS + 1;
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final String PRINCIPLE_NAMES =
            String.join(", ", Arrays.stream(Principle.values()).map(Enum::name).toList());

    private final DocumentFields fields;
    private final Set<String> memberIds;

    /**
     * @param fields    where problems are reported
     * @param memberIds the ids the document's members give, or {@code null} when the members
     *                  cannot be read (then no "unknown member" is reported)
     */
    ValueSections(DocumentFields fields, Set<String> memberIds) {
        this.fields = fields;
        this.memberIds = memberIds;
    }

    // ---------------------------------------------------------------- principles

    /** The stated principles, in document order; empty when none are given or they cannot be read. */
    Set<Principle> principles(ObjectNode root) {
        JsonNode node = root.get("principles");
        Set<Principle> principles = new LinkedHashSet<>();
        if (node == null) {
            return principles;
        }
        if (!node.isArray()) {
            fields.wrongType(node, "principles", "an array of principles, e.g. [\"PROPORTIONALITY\"]");
            return principles;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String at = DocumentPath.index("principles", i);
            if (!item.isTextual()) {
                fields.wrongType(item, at, "a string (a principle)");
                continue;
            }
            Principle principle = principle(item.textValue());
            if (principle == null) {
                fields.report(at, DocumentFields.quote(item.textValue()) + " is not a principle; use one of " + PRINCIPLE_NAMES);
            } else if (!principles.add(principle)) {
                fields.report(at, DocumentFields.quote(item.textValue()) + " is repeated; state each principle once");
            }
        }
        return principles;
    }

    private static Principle principle(String name) {
        for (Principle p : Principle.values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- distribution

    /**
     * The distribution the document asks for, or {@code null} when it asks for none or the
     * section cannot be read (each problem reported).
     */
    DistributionRequest distribution(ObjectNode root, Set<Principle> principles) {
        String path = "distribution";
        ObjectNode d = fields.object(root.get(path), path, "an object with " + String.join(", ", DISTRIBUTION_FIELDS));
        if (d == null) {
            return null;
        }
        fields.onlyAllowed(d, path, DISTRIBUTION_FIELDS);
        Units amount = amount(d, path);
        String policy = fields.text(d, path, "policy");
        Map<String, Fraction> contributions = perMember(d, path, "contributions");
        Map<String, Fraction> needs = perMember(d, path, "needs");
        Fraction needWeight = needWeight(d, path);
        CharacteristicFunction game = game(d, DocumentPath.key(path, "game"));
        Sampling sampling = sampling(d, DocumentPath.key(path, "sampling"));
        if (amount == null) {
            return null;
        }
        return DistributionRequest.of(amount).withPolicy(policy).withPrinciples(principles).withContributions(contributions)
                .withNeeds(needs, needWeight).withGame(game).withSampling(sampling);
    }

    private Units amount(ObjectNode d, String path) {
        String amountPath = DocumentPath.key(path, "amount");
        String currencyPath = DocumentPath.key(path, "currency");
        if (!d.has("amount")) {
            fields.report(amountPath, "is required: give the amount to distribute as a decimal string, e.g. \"1000.00\"");
        }
        if (!d.has("currency")) {
            fields.report(currencyPath, "is required: give an ISO 4217 currency code such as EUR, or " + CREDITS
                    + " for whole credits");
        }
        String text = fields.text(d, path, "amount");
        String code = fields.text(d, path, "currency");
        Currency currency = null;
        boolean credits = CREDITS.equals(code);
        if (code != null && !credits) {
            currency = currency(code, currencyPath);
        }
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_AMOUNT_LENGTH) {
            fields.report(amountPath, DocumentFields.quote(text) + " is too long for an amount; give at most " + MAX_DIGITS
                    + " digits before the decimal point and " + MAX_DECIMALS + " after it");
            return null;
        }
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            boolean negative = text.startsWith("-") && PLAIN_DECIMAL.matcher(text.substring(1)).matches();
            fields.report(amountPath, DocumentFields.quote(text) + (negative ? " is negative; distribute an amount >= 0"
                    : " is not a decimal amount; write it like \"1000.00\""));
            return null;
        }
        if (credits) {
            BigDecimal value = new BigDecimal(text).stripTrailingZeros();
            if (value.scale() > 0) {
                fields.report(amountPath, DocumentFields.quote(text) + " is not a whole number of credits");
                return null;
            }
            if (value.precision() - value.scale() > 18) {
                fields.report(amountPath, DocumentFields.quote(text) + " is too large");
                return null;
            }
            return new Credits(value.longValueExact());
        }
        if (currency == null) {
            return null;
        }
        try {
            return Money.parse(text, currency);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            fields.report(amountPath, message.startsWith("amount: ") ? message.substring("amount: ".length())
                    : DocumentFields.quote(text) + " is not a valid amount: " + Messages.oneLine(e));
            return null;
        }
    }

    private Currency currency(String code, String path) {
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            fields.report(path, DocumentFields.quote(code) + " is not an ISO 4217 currency code such as EUR, nor "
                    + CREDITS + " for whole credits");
            return null;
        }
        if (currency.getDefaultFractionDigits() < 0) {
            fields.report(path, DocumentFields.quote(code) + " has no fixed minor unit; use a currency such as EUR, USD or JPY");
            return null;
        }
        return currency;
    }

    /** Contributions or needs: a number &ge; 0 by member id; empty when absent, in document order. */
    private Map<String, Fraction> perMember(ObjectNode d, String path, String key) {
        Map<String, Fraction> figures = new LinkedHashMap<>();
        String at = DocumentPath.key(path, key);
        ObjectNode object = fields.object(d.get(key), at, "an object of numbers by member id, e.g. {\"a\": 40}");
        if (object == null) {
            return figures;
        }
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String id = entry.getKey();
            String itemPath = DocumentPath.key(at, id);
            BigDecimal value = number(entry.getValue(), itemPath, "a number >= 0");
            if (memberIds != null && !memberIds.contains(id)) {
                fields.report(itemPath, "unknown member " + DocumentFields.quote(id));
            } else if (value != null && value.signum() < 0) {
                fields.report(itemPath, WrittenNumber.written(entry.getValue()) + " is negative");
            } else if (value != null) {
                figures.put(id, Fraction.of(value));
            }
        }
        return figures;
    }

    private Fraction needWeight(ObjectNode d, String path) {
        JsonNode node = d.get("needWeight");
        if (node == null) {
            return null;
        }
        String at = DocumentPath.key(path, "needWeight");
        BigDecimal value = number(node, at, "a number from 0 to 1");
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            fields.report(at, WrittenNumber.written(node) + " is outside 0..1");
            return null;
        }
        return Fraction.of(value);
    }

    // ---------------------------------------------------------------- game

    private CharacteristicFunction game(ObjectNode d, String path) {
        ObjectNode game = fields.object(d.get("game"), path, "an object with players and values");
        if (game == null) {
            return null;
        }
        int before = fields.problems().size();
        fields.onlyAllowed(game, path, GAME_FIELDS);
        List<String> players = players(game, path);
        Map<Set<String>, Fraction> values = values(game, DocumentPath.key(path, "values"), players);
        if (players == null || values == null || fields.problems().size() > before) {
            return null;
        }
        try {
            return TableGame.of(players, values);
        } catch (InvalidCoalitionException e) {
            for (Violation v : e.violations()) {
                fields.report(gamePath(path, v.path()), v.message());
            }
            return null;
        }
    }

    /** A path of {@link TableGame}'s problems ({@code players[1]}, {@code values.a,b}) within the document's game. */
    private static String gamePath(String game, String path) {
        if (path.startsWith("values.")) {
            return DocumentPath.key(DocumentPath.key(game, "values"), path.substring("values.".length()));
        }
        return path.isEmpty() ? game : game + "." + path;
    }

    /** The game's players, or null when they cannot be read or are not usable (each problem reported). */
    private List<String> players(ObjectNode game, String path) {
        String at = DocumentPath.key(path, "players");
        if (!game.has("players")) {
            fields.report(at, "is required: list the game's players, the members");
            return null;
        }
        int before = fields.problems().size();
        List<String> players = fields.ids(game, path, "players");
        if (players == null) {
            return null;
        }
        if (players.isEmpty()) {
            fields.report(at, "is empty; list the game's players, the members");
            return null;
        }
        if (players.size() > TableGame.MAX_PLAYERS) {
            fields.report(at, "has " + players.size() + " players; a game table holds at most " + TableGame.MAX_PLAYERS);
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < players.size(); i++) {
            String id = players.get(i);
            if (id == null) {
                continue;
            }
            String itemPath = DocumentPath.index(at, i);
            if (memberIds != null && !memberIds.contains(id)) {
                fields.report(itemPath, "unknown member " + DocumentFields.quote(id));
            } else if (!seen.add(id)) {
                fields.report(itemPath, DocumentFields.quote(id) + " is repeated; list each player once");
            }
        }
        return fields.problems().size() > before ? null : players;
    }

    /**
     * The value of each coalition, keyed by its players; null when the values cannot be read.
     * With no usable players only the values' types are checked.
     */
    private Map<Set<String>, Fraction> values(ObjectNode game, String path, List<String> players) {
        if (!game.has("values")) {
            fields.report(path, "is required: give the value of every non-empty coalition of the players, "
                    + "e.g. {\"a\": 10, \"b\": 20, \"a,b\": 40}");
            return null;
        }
        ObjectNode object = fields.object(game.get("values"), path,
                "an object of numbers by coalition, e.g. {\"a\": 10, \"b\": 20, \"a,b\": 40}");
        if (object == null) {
            return null;
        }
        Map<Set<String>, Fraction> values = new HashMap<>();
        Map<Set<String>, String> keys = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String key = entry.getKey();
            String itemPath = DocumentPath.key(path, key);
            BigDecimal value = number(entry.getValue(), itemPath, "a number");
            if (players == null) {
                continue;
            }
            Set<String> coalition = coalition(key, itemPath, players);
            if (coalition == null) {
                continue;
            }
            String earlier = keys.putIfAbsent(coalition, key);
            if (earlier != null) {
                fields.report(itemPath, "is the same coalition as " + DocumentFields.quote(earlier) + "; give each coalition once");
            } else if (value != null) {
                values.put(coalition, Fraction.of(value));
            }
        }
        return values;
    }

    /** The players a key such as {@code "a,b"} names, or null (reported). */
    private Set<String> coalition(String key, String path, List<String> players) {
        Set<String> coalition = new LinkedHashSet<>();
        for (String part : key.split(",", -1)) {
            String id = part.strip();
            if (id.isEmpty()) {
                fields.report(path, DocumentFields.quote(key) + " is not a coalition: name its players separated by commas, e.g. \"a,b\"");
                return null;
            }
            if (!players.contains(id)) {
                fields.report(path, "unknown player " + DocumentFields.quote(id) + "; the game's players are "
                        + String.join(", ", players));
                return null;
            }
            if (!coalition.add(id)) {
                fields.report(path, "names player " + DocumentFields.quote(id) + " twice");
                return null;
            }
        }
        return coalition;
    }

    private Sampling sampling(ObjectNode d, String path) {
        ObjectNode s = fields.object(d.get("sampling"), path, "an object with epsilon, delta, seed and optionally range");
        if (s == null) {
            return null;
        }
        int before = fields.problems().size();
        fields.onlyAllowed(s, path, SAMPLING_FIELDS);
        Double epsilon = null;
        BigDecimal e = required(s, path, "epsilon", "the largest error wanted, e.g. 0.01", "a number above 0");
        if (e != null) {
            if (e.signum() <= 0) {
                fields.report(DocumentPath.key(path, "epsilon"), e + " is not positive; give the largest error wanted, e.g. 0.01");
            } else if (e.doubleValue() == 0.0) {
                fields.report(DocumentPath.key(path, "epsilon"), e + " is too small");
            } else {
                epsilon = e.doubleValue();
            }
        }
        Double delta = null;
        BigDecimal p = required(s, path, "delta", "the chance allowed of missing it, e.g. 0.05", "a number between 0 and 1");
        if (p != null) {
            if (p.signum() <= 0 || p.compareTo(BigDecimal.ONE) >= 0 || p.doubleValue() == 0.0) {
                fields.report(DocumentPath.key(path, "delta"), p + " is outside (0, 1): give a probability such as 0.05");
            } else {
                delta = p.doubleValue();
            }
        }
        Long seed = null;
        String seedPath = DocumentPath.key(path, "seed");
        if (!s.has("seed")) {
            fields.report(seedPath, "is required: give the seed of the random orderings, an integer");
        } else {
            seed = integer(s.get("seed"), seedPath, "a seed is an integer");
        }
        Fraction range = null;
        if (s.has("range")) {
            String rangePath = DocumentPath.key(path, "range");
            BigDecimal r = number(s.get("range"), rangePath, "a number above 0");
            if (r != null && r.signum() <= 0) {
                fields.report(rangePath, r + " is not positive; give the range of a marginal contribution");
            } else if (r != null) {
                range = Fraction.of(r);
            }
        }
        if (fields.problems().size() > before || epsilon == null || delta == null || seed == null) {
            return null;
        }
        try {
            return new Sampling(epsilon, delta, seed, range);
        } catch (InvalidCoalitionException x) {
            for (Violation v : x.violations()) {
                fields.report(DocumentPath.parent(path) + "." + v.path(), v.message());
            }
            return null;
        }
    }

    private BigDecimal required(ObjectNode object, String path, String key, String what, String expected) {
        String at = DocumentPath.key(path, key);
        if (!object.has(key)) {
            fields.report(at, "is required: give " + what);
            return null;
        }
        return number(object.get(key), at, expected);
    }

    // ---------------------------------------------------------------- voting

    /** The voting-power analysis the document asks for, or {@code null} when none or unreadable (reported). */
    VotingRequest voting(ObjectNode root) {
        String path = "voting";
        ObjectNode v = fields.object(root.get(path), path, "an object with quota and optionally weights");
        if (v == null) {
            return null;
        }
        fields.onlyAllowed(v, path, VOTING_FIELDS);
        String quotaPath = DocumentPath.key(path, "quota");
        Long quota = null;
        if (!v.has("quota")) {
            fields.report(quotaPath, "is required: give the weight a decision needs to pass, e.g. 51");
        } else {
            quota = integer(v.get("quota"), quotaPath, "the quota is a whole number above 0");
            if (quota != null && quota <= 0) {
                fields.report(quotaPath, quota + " is not positive; the quota must be above 0");
                quota = null;
            }
        }
        Map<String, Long> weights = weights(v, path);
        if (quota == null || v.has("weights") && weights == null) {
            return null;
        }
        return new VotingRequest(quota, weights);
    }

    private Map<String, Long> weights(ObjectNode v, String path) {
        String at = DocumentPath.key(path, "weights");
        ObjectNode object = fields.object(v.get("weights"), at, "an object of integers by member id, e.g. {\"a\": 50}");
        if (object == null) {
            return null;
        }
        int before = fields.problems().size();
        Map<String, Long> weights = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String id = entry.getKey();
            String itemPath = DocumentPath.key(at, id);
            Long weight = integer(entry.getValue(), itemPath, "a weight is an integer >= 0");
            if (memberIds != null && !memberIds.contains(id)) {
                fields.report(itemPath, "unknown member " + DocumentFields.quote(id));
            } else if (weight != null && weight < 0) {
                fields.report(itemPath, weight + " is negative; a weight is an integer >= 0");
            } else if (weight != null && weight > Integer.MAX_VALUE) {
                fields.report(itemPath, weight + " is too large; the largest weight is " + Integer.MAX_VALUE);
            } else if (weight != null) {
                weights.put(id, weight);
            }
        }
        return fields.problems().size() > before ? null : weights;
    }

    // ---------------------------------------------------------------- numbers

    /**
     * A JSON number read exactly, or null (reported): not a number, more than {@value #MAX_DIGITS}
     * digits before the point or more than {@value #MAX_DECIMALS} after it.
     */
    private BigDecimal number(JsonNode node, String path, String expected) {
        if (!node.isNumber()) {
            fields.wrongType(node, path, expected);
            return null;
        }
        BigDecimal value = node.decimalValue();
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > MAX_DIGITS) {
            fields.report(path, WrittenNumber.written(node) + " is too large; give at most " + MAX_DIGITS + " digits before the decimal point");
            return null;
        }
        if (stripped.scale() > MAX_DECIMALS) {
            fields.report(path, WrittenNumber.written(node) + " has too many decimals; give at most " + MAX_DECIMALS);
            return null;
        }
        return value;
    }

    /** A JSON number that is a whole number of 64 bits, or null (reported); {@code rule} says what is expected. */
    private Long integer(JsonNode node, String path, String rule) {
        if (!node.isNumber()) {
            fields.wrongType(node, path, "an integer");
            return null;
        }
        BigDecimal value = node.decimalValue();
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() > 0) {
            fields.report(path, WrittenNumber.written(node) + " is not an integer; " + rule);
            return null;
        }
        if (whole.precision() - whole.scale() > 19 || whole.toBigIntegerExact().bitLength() > 63) {
            fields.report(path, WrittenNumber.written(node) + (value.signum() < 0 ? " is too small; " : " is too large; ") + rule);
            return null;
        }
        return whole.longValueExact();
    }

    /** The ids of a document's members that can be read, or null when the members are not an array. */
    static Set<String> memberIds(ObjectNode root) {
        JsonNode members = root.get("members");
        if (members == null || !members.isArray()) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode member : members) {
            JsonNode id = member.get("id");
            if (id != null && id.isTextual()) {
                ids.add(id.textValue());
            }
        }
        return ids;
    }

    /** Problems of the facade, with paths written as the document's own ({@code voting.weights["a-1"]}). */
    static String documentPath(String facadePath) {
        for (String map : List.of("distribution.contributions", "distribution.needs", "voting.weights")) {
            if (facadePath.startsWith(map + ".") && facadePath.length() > map.length() + 1) {
                return DocumentPath.key(map, facadePath.substring(map.length() + 1));
            }
        }
        return facadePath;
    }
}
