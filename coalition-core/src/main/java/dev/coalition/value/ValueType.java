package dev.coalition.value;

/** The kinds of value a coalition creates and members seek (the article's value framework). */
public enum ValueType {
    /** Market access, positioning, influence on direction. */
    STRATEGIC,
    /** Shared operations, efficiency, capacity. */
    OPERATIONAL,
    /** Money: revenue, savings, funding. */
    FINANCIAL,
    /** Knowledge, technology, new products. */
    INNOVATIVE,
    /** Recognition, credibility, visibility. */
    REPUTATIONAL
}
