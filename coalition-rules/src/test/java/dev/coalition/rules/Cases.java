package dev.coalition.rules;

import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceContext;
import java.time.LocalDate;

/** Coalitions used across the rules tests. */
final class Cases {

    private Cases() {
    }

    /** Four founders who all trust each other, calm and settled. */
    static Coalition foundingGroup() {
        return Coalition.builder("Founding group")
                .formedOn(LocalDate.of(2024, 1, 15))
                .member("acme", "Acme", "manufacturer", 1, "bolt", "cog", "dyna")
                .member("bolt", "Bolt", "manufacturer", 1, "acme", "cog", "dyna")
                .member("cog", "Cog", "university", 1, "acme", "bolt", "dyna")
                .member("dyna", "Dyna", "university", 1, "acme", "bolt", "cog")
                .context(new GovernanceContext(0.2, 0.3, 0.9, 0.2))
                .build();
    }

    /** Ten members of four categories, moderate trust, a high need for shared competencies. */
    static Coalition cybersecurity() {
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
                .context(new GovernanceContext(0.5, 0.5, 0.6, 0.8))
                .build();
    }
}
