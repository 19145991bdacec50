package dev.coalition.cli;

import dev.coalition.voting.WeightedVotingGame;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The limits on what {@code coalition evaluate} reads, so that no document can make it run out of
 * memory or time: each has a default, a reason and a name that {@code --limit NAME=VALUE} raises
 * (README, "Input limits"). A document beyond one is refused early, with a problem that names the
 * limit and the option that raises it. Immutable.
 */
final class InputLimits {

    /** One limit: its option name, default and what it bounds. */
    enum Limit {
        DOCUMENT_SIZE("document-size", 10L * 1024 * 1024, Integer.MAX_VALUE - 8, "bytes of the document (it is read whole into memory)"),
        STRING_LENGTH("string-length", 10_000, Integer.MAX_VALUE, "characters of a string or a key"),
        NUMBER_LENGTH("number-length", 100, Integer.MAX_VALUE, "characters of a number"),
        NUMBER_EXPONENT("number-exponent", 1_000, 100_000, "powers of ten of a number, either way (1e1000 and 1e-1000)"),
        NESTING_DEPTH("nesting-depth", 100, 10_000, "levels of objects and arrays inside each other"),
        MEMBERS("members", 1_000, Integer.MAX_VALUE, "members"),
        TRUST_TIES("trust-ties", 100_000, Long.MAX_VALUE, "trust ties of all members together"),
        CONFLICTS("conflicts", 1_000, Integer.MAX_VALUE, "conflicts"),
        CANDIDATES("candidates", 50, Integer.MAX_VALUE, "candidates to assess (every pair can raise a flag, for all of them and for "
                + "each suggested group, against the cap of 10,000 rule firings a decision)"),
        TIMELINE_EVENTS("timeline-events", 10_000, Integer.MAX_VALUE, "events of a timeline (each is checked against the "
                + "state replayed before it)"),
        VOTING_COST("voting-cost", WeightedVotingGame.DEFAULT_MAX_COST, Long.MAX_VALUE,
                "work of the exact power indices, players\u00b2 \u00d7 quota \u00d7 passes (one pass per 61 players)");

        private final String option;
        private final long byDefault;
        private final long ceiling;
        private final String bounds;

        Limit(String option, long byDefault, long ceiling, String bounds) {
            this.option = option;
            this.byDefault = byDefault;
            this.ceiling = ceiling;
            this.bounds = bounds;
        }

        /** The highest value it can be raised to: what the reading itself can hold. */
        long ceiling() {
            return ceiling;
        }

        /** The name {@code --limit} knows it by, e.g. {@code members}. */
        String option() {
            return option;
        }

        /** Its default value. */
        long byDefault() {
            return byDefault;
        }

        /** What it bounds, e.g. "characters of a string or a key". */
        String bounds() {
            return bounds;
        }

        static Limit named(String name) {
            for (Limit limit : values()) {
                if (limit.option.equals(name)) {
                    return limit;
                }
            }
            return null;
        }
    }

    /** The limits by default. */
    static final InputLimits DEFAULTS = new InputLimits(new EnumMap<>(Limit.class));

    private final Map<Limit, Long> values;

    private InputLimits(Map<Limit, Long> raised) {
        EnumMap<Limit, Long> all = new EnumMap<>(Limit.class);
        for (Limit limit : Limit.values()) {
            all.put(limit, raised.getOrDefault(limit, limit.byDefault()));
        }
        this.values = all;
    }

    /**
     * The limits with the given {@code NAME=VALUE} settings (a later value for the same name wins).
     *
     * @throws UserError naming each setting that is not NAME=VALUE, an unknown name or a value that is
     *                   not a positive integer
     */
    static InputLimits of(List<String> settings) {
        Map<Limit, Long> raised = new EnumMap<>(Limit.class);
        List<String> problems = new java.util.ArrayList<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            Limit limit = eq <= 0 ? null : Limit.named(setting.substring(0, eq).strip());
            if (eq <= 0) {
                problems.add("--limit: " + DocumentFields.quote(setting) + " is not NAME=VALUE; give e.g. --limit members=2000");
            } else if (limit == null) {
                problems.add("--limit: " + DocumentFields.quote(setting.substring(0, eq).strip()) + " is not a limit; use one of "
                        + String.join(", ", java.util.Arrays.stream(Limit.values()).map(Limit::option).toList()));
            } else {
                Long value = positive(setting.substring(eq + 1).strip().replace("_", ""));
                if (value == null) {
                    problems.add("--limit " + limit.option() + ": " + DocumentFields.quote(setting.substring(eq + 1))
                            + " is not a positive integer; give e.g. --limit " + limit.option() + "=" + 2 * limit.byDefault());
                } else if (value > limit.ceiling()) {
                    problems.add("--limit " + limit.option() + ": " + value + " is above the highest " + limit.option()
                            + " limit, " + limit.ceiling());
                } else {
                    raised.put(limit, value);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        return new InputLimits(raised);
    }

    private static Long positive(String text) {
        if (!text.matches("[0-9]{1,18}")) {
            return null;
        }
        long value = Long.parseLong(text);
        return value > 0 ? value : null;
    }

    /** A limit's value. */
    long get(Limit limit) {
        return values.get(limit);
    }

    /** Whether every limit has its default value. */
    boolean areDefault() {
        return values.entrySet().stream().allMatch(e -> e.getValue() == e.getKey().byDefault());
    }

    /**
     * The end of a problem with a limit: {@code ", more than the members limit of 1,000; raise it with
     * --limit members=1001 if you need more"}.
     *
     * @param needed the value the document needs, or 0 when it is not known
     */
    String beyond(Limit limit, long needed) {
        return ", more than the " + limit.option() + " limit of " + grouped(get(limit)) + raise(limit, needed);
    }

    /** How to raise a limit: {@code "; raise it with --limit members=1001 if you need more"}. */
    String raise(Limit limit, long needed) {
        if (needed > limit.ceiling()) {
            return "; it cannot be raised that far (at most to " + grouped(limit.ceiling()) + ")";
        }
        return "; raise it with --limit " + limit.option() + "=" + (needed > get(limit) ? Long.toString(needed) : "N")
                + " if you need more";
    }

    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
