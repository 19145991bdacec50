package dev.coalition.governance;

/**
 * The areas in which a coalition takes decisions. A hybrid governance mode routes each domain
 * to a centralized or a distributed process (the article's cybersecurity case centralized
 * technical decisions and distributed strategic ones).
 */
public enum DecisionDomain {
    /** Direction, priorities and long-term goals. */
    STRATEGIC,
    /** Standards, architecture and technical choices. */
    TECHNICAL,
    /** Day-to-day running of joint work. */
    OPERATIONAL,
    /** Budgets, fees and the distribution of money. */
    FINANCIAL,
    /** Admission, departure and the rights of members. */
    MEMBERSHIP
}
