package dev.coalition.rules;

import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceContext;
import java.time.LocalDate;

/**
 * Coalitions used across the rules tests, each with the scores it earns under the default
 * settings worked out by hand (weights: trust, participants, goal consensus and competency need
 * 2 each; urgency and stability 1 each; diversity 0; 10 possible).
 *
 * <p>The default bands, for working out scores: CENTRALIZED wants trust density 0..0.3, 7 or more
 * members, consensus 0..0.5, competency need 0.35..0.65, urgency 0.65..1, stability 0.65..1,
 * diversity 0..0.35; HYBRID wants trust density 0..0.6, 7 or more members, consensus 0.5..0.75,
 * competency need 0.65..1, urgency 0..0.65, stability 0.35..0.65, diversity 0.65..1; DISTRIBUTED
 * wants trust density 0.6..1, 2..6 members, consensus 0.75..1, competency need 0..0.35, urgency
 * 0..0.35, stability 0..0.35, diversity 0.35..0.65.
 */
final class Cases {

    private Cases() {
    }

    /** Calm (urgency 0.7 is below the 0.8 crisis threshold) but settled, low consensus, moderate competency need. */
    static final GovernanceContext LEAD_CONTEXT = new GovernanceContext(0.7, 0.8, 0.3, 0.5);

    /**
     * Four founders who all trust each other, calm, strategy in flux: DISTRIBUTED 10 of 10
     * (density 1, 4 members, consensus 0.9, competency need 0.2, urgency 0.2, stability 0.3,
     * Blau 0.5); HYBRID 1 (urgency 0.2 is in 0..0.65); CENTRALIZED 0.
     */
    static Coalition foundingGroup() {
        return foundingGroup(new GovernanceContext(0.2, 0.3, 0.9, 0.2));
    }

    /** The founding group in another context. */
    static Coalition foundingGroup(GovernanceContext context) {
        return Coalition.builder("Founding group")
                .formedOn(LocalDate.of(2024, 1, 15))
                .member("acme", "Acme", "manufacturer", 1, "bolt", "cog", "dyna")
                .member("bolt", "Bolt", "manufacturer", 1, "acme", "cog", "dyna")
                .member("cog", "Cog", "university", 1, "acme", "bolt", "dyna")
                .member("dyna", "Dyna", "university", 1, "acme", "bolt", "cog")
                .context(context)
                .build();
    }

    /**
     * The founding group with only its urgency changed. At 0.9 (a crisis) DISTRIBUTED would still fit
     * best with 9 (it loses urgency), CENTRALIZED 1 (urgency), HYBRID 0.
     */
    static Coalition foundingGroupWithUrgency(double urgency) {
        return foundingGroup(new GovernanceContext(urgency, 0.3, 0.9, 0.2));
    }

    /**
     * Ten members of five categories, each trusting the next four (density 4/9, centralization 0,
     * Blau 0.8), context urgency 0.5, stability 0.5, consensus 0.6, competency need 0.8, every
     * category on the steering body: HYBRID 10 of 10, CENTRALIZED 2 (participants), DISTRIBUTED 0.
     */
    static Coalition cybersecurity() {
        return cybersecurityBuilder().build();
    }

    /** The cybersecurity coalition, before building, to vary it. */
    static Coalition.Builder cybersecurityBuilder() {
        Coalition.Builder b = Coalition.builder("Cybersecurity coalition").formedOn(LocalDate.of(2023, 3, 1));
        String[] ids = {"bank1", "bank2", "tel1", "tel2", "gov1", "gov2", "uni1", "uni2", "sec1", "sec2"};
        String[] categories = {"bank", "bank", "telecom", "telecom", "agency", "agency", "university", "university", "vendor", "vendor"};
        for (int i = 0; i < ids.length; i++) {
            // each member trusts the next four members (density 4/9)
            String[] trusts = new String[4];
            for (int k = 1; k <= 4; k++) {
                trusts[k - 1] = ids[(i + k) % ids.length];
            }
            b.member(ids[i], ids[i].toUpperCase(), categories[i], 10, trusts);
        }
        return b.steeringBody("bank1", "tel1", "gov1", "uni1", "sec1")
                .context(new GovernanceContext(0.5, 0.5, 0.6, 0.8));
    }

    /**
     * Eight members; the seven spokes s1..s7 all trust "hub" and nobody else is trusted (density
     * 7/56 = 0.125, centralization 1), in {@link #LEAD_CONTEXT} unless changed: CENTRALIZED 10 of 10,
     * HYBRID 4 (trust and participants), DISTRIBUTED 0, whatever the categories (diversity weighs 0).
     *
     * @param categories the categories of hub, s1, ..., s7; when none are given, all are "hospital"
     */
    static Coalition.Builder star(String... categories) {
        Coalition.Builder b = Coalition.builder("Star").formedOn(LocalDate.of(2022, 6, 1)).context(LEAD_CONTEXT);
        b.member("hub", "Hub", categories.length == 0 ? "hospital" : categories[0], 5);
        for (int i = 1; i <= 7; i++) {
            b.member("s" + i, "Spoke " + i, categories.length == 0 ? "hospital" : categories[i], 1, "hub");
        }
        return b;
    }

    /**
     * Eight hospitals m1..m8, each trusting only the next (a ring: density 8/56 = 0.1429,
     * centralization 0), in {@link #LEAD_CONTEXT}: CENTRALIZED 10 of 10 (sparse trust matches
     * whatever its centralization; the uncentred trust is a TRUST_NOT_CENTRED finding instead),
     * HYBRID 4 (trust and participants), DISTRIBUTED 0.
     */
    static Coalition ring() {
        Coalition.Builder b = Coalition.builder("Ring").formedOn(LocalDate.of(2022, 6, 1)).context(LEAD_CONTEXT);
        for (int i = 1; i <= 8; i++) {
            b.member("m" + i, "Member " + i, "hospital", 1, "m" + (i % 8 + 1));
        }
        return b.build();
    }

    /**
     * Three members who trust nobody (density 0, centralization 0), in a crisis (urgency 0.95):
     * CENTRALIZED 7 (trust, consensus 0.5, competency need 0.5, urgency), HYBRID 5 (trust,
     * consensus, stability 0.5), DISTRIBUTED 2 (participants); the crisis agrees with the best fit.
     */
    static Coalition strangersInACrisis() {
        return Coalition.builder("Strangers")
                .formedOn(LocalDate.of(2020, 3, 20))
                .member("zulu", "Zulu", "hospital", 1)
                .member("mike", "Mike", "hospital", 1)
                .member("alfa", "Alfa", "agency", 1)
                .context(new GovernanceContext(0.95, 0.5, 0.5, 0.5))
                .build();
    }

    /**
     * The article's financial-services alliance (the conflict-divergence sample): four members of
     * four categories, bank and insurer on the steering body; trust density 0.5 (6 of 12 ties),
     * centralization 2/9; Blau index 0.75. In {@code context}.
     */
    static Coalition financialAlliance(GovernanceContext context) {
        return Coalition.builder("Financial services alliance")
                .formedOn(LocalDate.of(2021, 9, 1))
                .member("bank", "Bank", "bank", 3, "insurer", "broker")
                .member("insurer", "Insurer", "insurer", 2, "bank")
                .member("broker", "Broker", "broker", 1, "bank", "payments")
                .member("payments", "Payments Co", "fintech", 1, "broker")
                .steeringBody("bank", "insurer")
                .context(context)
                .build();
    }

    /**
     * The financial-services alliance when calm (urgency 0.3, stability 0.5, consensus 0.4, competency
     * need 0.5): CENTRALIZED 4 of 10 (consensus, competency need), HYBRID 4 (trust, urgency,
     * stability) but ruled out for four members, DISTRIBUTED 3 (participants, urgency): a lead
     * organisation, fitting badly.
     */
    static Coalition financialAlliance() {
        return financialAlliance(new GovernanceContext(0.3, 0.5, 0.4, 0.5));
    }
}
