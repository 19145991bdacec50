package dev.coalition.rules.api;

/** How urgently a finding should be acted on. */
public enum Severity {
    /** Worth knowing; nothing needs to change. */
    INFO,
    /** Worth acting on: the coalition's legitimacy or effectiveness is at risk. */
    WARNING,
    /** Act now: the coalition cannot work as set up. */
    CRITICAL
}
