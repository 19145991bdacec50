package dev.coalition.communication;

import java.util.Arrays;
import java.util.List;

/** How often an entry of a communication plan takes place. */
public enum Cadence {
    /** Every working day. */
    DAILY,
    /** Every week. */
    WEEKLY,
    /** Every month. */
    MONTHLY,
    /** Every quarter. */
    QUARTERLY;

    /** Every cadence's name, in order. */
    public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

    /** What is wrong with a cadence as written, or {@code null} when it names one. */
    public static String problemWith(String name) {
        return Names.problemWith(name, NAMES, "a cadence");
    }
}
