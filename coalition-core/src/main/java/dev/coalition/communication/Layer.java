package dev.coalition.communication;

import java.util.Arrays;
import java.util.List;

/**
 * A layer of a coalition's communication: who talks about what (the article's layered
 * communication: operational teams, managers, leaders, technical experts).
 */
public enum Layer {
    /** Day-to-day work of the operational teams. */
    OPERATIONAL,
    /** Tactics: the managers coordinate the coming weeks. */
    TACTICAL,
    /** Strategy: the leaders review direction and priorities. */
    STRATEGIC,
    /** Innovation: technical experts look for what the coalition could do next. */
    INNOVATION;

    /** Every layer's name, in order. */
    public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

    /** What is wrong with a layer as written, or {@code null} when it names one. */
    public static String problemWith(String name) {
        return Names.problemWith(name, NAMES, "a layer");
    }
}
