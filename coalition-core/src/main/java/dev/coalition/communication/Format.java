package dev.coalition.communication;

import java.util.Arrays;
import java.util.List;

/** How an entry of a communication plan takes place: a formal meeting, or written and asynchronous. */
public enum Format {
    /** A formal meeting: everyone at the same time. */
    MEETING,
    /** Written, asynchronous communication: a shared channel, a written stand-up, a summary. */
    ASYNC;

    /** Every format's name, in order. */
    public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

    /** What is wrong with a format as written, or {@code null} when it names one. */
    public static String problemWith(String name) {
        return Names.problemWith(name, NAMES, "a format");
    }
}
