package dev.coalition.governance;

/**
 * What a governance mode depends on. The first four are Provan &amp; Kenis's (2008) contingencies;
 * the last three are the factors the article adds.
 */
public enum Contingency {
    /** Trust density among members (directed ties / n(n-1)); centralization is reported with it. */
    TRUST("trust density"),
    /** The number of members. */
    PARTICIPANTS("number of participants"),
    /** Agreement on the coalition's goals (0..1). */
    GOAL_CONSENSUS("goal consensus"),
    /** Need for competencies at the level of the whole network (0..1). */
    COMPETENCY_NEED("need for network-level competencies"),
    /** Decision urgency (0..1). */
    URGENCY("decision urgency"),
    /** Strategic stability (0..1). */
    STABILITY("strategic stability"),
    /** Member diversity: the Blau index over member categories. */
    DIVERSITY("member diversity");

    private final String description;

    Contingency(String description) {
        this.description = description;
    }

    /** The figure's name in a sentence, e.g. "trust density". */
    public String description() {
        return description;
    }
}
