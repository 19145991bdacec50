package dev.coalition.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sentence argument for test policies that counts how often it is written as text, so that a
 * test can see when an explanation is formatted. Each is registered under its text, for the test
 * that gave the text (a coalition's name unique to the test) to find it after the decision.
 */
public final class CountingArgument {

    private static final Map<String, CountingArgument> BY_TEXT = new ConcurrentHashMap<>();

    private final String text;
    private final AtomicInteger reads = new AtomicInteger();

    private CountingArgument(String text) {
        this.text = text;
    }

    /** A new argument written as {@code text}, replacing any earlier one with that text. */
    public static CountingArgument of(String text) {
        CountingArgument argument = new CountingArgument(text);
        BY_TEXT.put(text, argument);
        return argument;
    }

    /** The argument last made with {@code text}, or {@code null} when no rule made one. */
    public static CountingArgument made(String text) {
        return BY_TEXT.get(text);
    }

    /** How often it was written as text. */
    public int reads() {
        return reads.get();
    }

    @Override
    public String toString() {
        reads.incrementAndGet();
        return text;
    }
}
