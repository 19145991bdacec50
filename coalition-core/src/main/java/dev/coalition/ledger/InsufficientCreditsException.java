package dev.coalition.ledger;

/** Thrown when a member tries to redeem more credits than it holds; the ledger is unchanged. */
public final class InsufficientCreditsException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String member;
    private final long balance;
    private final long requested;

    /**
     * @param member    the member
     * @param balance   its balance
     * @param requested the credits it tried to redeem
     */
    public InsufficientCreditsException(String member, long balance, long requested) {
        super("member \"" + member + "\" holds " + balance + " credits and cannot redeem " + requested
                + "; redeem at most " + balance);
        this.member = member;
        this.balance = balance;
        this.requested = requested;
    }

    /** The member. */
    public String member() {
        return member;
    }

    /** Its balance. */
    public long balance() {
        return balance;
    }

    /** The credits it tried to redeem. */
    public long requested() {
        return requested;
    }
}
