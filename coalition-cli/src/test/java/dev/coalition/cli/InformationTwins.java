package dev.coalition.cli;

import dev.coalition.core.Coalition;
import dev.coalition.core.Member;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.information.Classification;
import dev.coalition.information.InformationItem;
import dev.coalition.information.InformationPlan;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Java twin of the sample {@code information-tiers.json}, built without the command line. */
final class InformationTwins {

    private InformationTwins() {
    }

    /** The regional health data network: four hospitals, two laboratories, one public health agency. */
    static Coalition network() {
        return Coalition.builder("Regional health data network")
                .formedOn(LocalDate.of(2024, 2, 1))
                .member(Member.builder("stmary").name("St. Mary's Hospital").category("hospital").votingWeight(2)
                        .trusts("riverside", "genlab", "agency"))
                .member(Member.builder("riverside").name("Riverside Hospital").category("hospital").votingWeight(2)
                        .trusts("stmary", "northgate"))
                .member(Member.builder("northgate").name("Northgate Hospital").category("hospital").votingWeight(2)
                        .trusts("riverside"))
                .member(Member.builder("valley").name("Valley Community Hospital").category("hospital").votingWeight(1)
                        .trusts("stmary"))
                .member(Member.builder("genlab").name("Genomics Lab").category("laboratory").votingWeight(1)
                        .trusts("stmary", "biolab"))
                .member(Member.builder("biolab").name("Biobank Lab").category("laboratory").votingWeight(1).trusts("genlab"))
                .member(Member.builder("agency").name("Public Health Agency").category("agency").votingWeight(2)
                        .trusts("stmary", "riverside"))
                .steeringBody("stmary", "agency")
                .context(new GovernanceContext(0.4, 0.6, 0.7, 0.7))
                .build();
    }

    /** Its tiers (clinical, research) and eight items, one of each classification at least. */
    static InformationPlan plan() {
        Map<String, List<String>> tiers = new LinkedHashMap<>();
        tiers.put("clinical", List.of("stmary", "riverside", "northgate"));
        tiers.put("research", List.of("stmary", "genlab", "biolab"));
        return new InformationPlan(tiers, List.of(
                InformationItem.of("annual-report", "agency", Classification.PUBLIC),
                InformationItem.of("meeting-minutes", "stmary", Classification.MEMBERS),
                InformationItem.tiered("case-counts", "agency", "clinical"),
                InformationItem.tiered("bed-capacity", "riverside", "clinical"),
                InformationItem.tiered("genome-data", "genlab", "research"),
                InformationItem.tiered("trial-protocol", "biolab", "research"),
                InformationItem.restricted("audit-findings", "agency", List.of("stmary")),
                InformationItem.restricted("price-list", "northgate", null)));
    }
}
