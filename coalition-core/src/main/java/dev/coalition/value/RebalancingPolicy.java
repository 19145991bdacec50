package dev.coalition.value;

/**
 * How a periodic value review pays out the next period's budget (modelled on SourceCred's
 * policies).
 */
public enum RebalancingPolicy {
    /**
     * Catch up first: members who received less than their target share of everything paid so far
     * (including this budget) get the budget in proportion to their shortfall; what is left once
     * every shortfall is covered is split by target share.
     */
    BALANCED,
    /** Ignore history: split the budget by target share. */
    IMMEDIATE
}
