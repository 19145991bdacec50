package dev.coalition.examples;

import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Coalitions from the article "Mastering Coalition Dynamics", described in Java. The same three
 * coalitions are in the sample JSON documents under {@code samples/} for the command line.
 */
public final class ArticleCoalitions {

    private ArticleCoalitions() {
    }

    /**
     * The 2021 pandemic-response healthcare coalition: fifteen organisations coordinating supply
     * chains in a crisis. Everyone trusts the regional health authority; the steering body seats
     * hospitals and public agencies only.
     */
    public static Coalition pandemicResponse() {
        Coalition.Builder b = Coalition.builder("Pandemic response healthcare coalition")
                .formedOn(LocalDate.of(2021, 3, 15));
        String[][] members = {
                {"regional-health", "Regional Health Authority", "public-agency"},
                {"city-hospital", "City Hospital", "hospital"},
                {"university-hospital", "University Hospital", "hospital"},
                {"childrens-hospital", "Children's Hospital", "hospital"},
                {"north-clinic", "North Clinic Group", "hospital"},
                {"south-clinic", "South Clinic Group", "hospital"},
                {"public-health-lab", "Public Health Laboratory", "public-agency"},
                {"emergency-services", "Emergency Medical Services", "public-agency"},
                {"medsupply", "MedSupply Ltd", "supplier"},
                {"pharma-one", "PharmaOne", "supplier"},
                {"masks-co", "Masks & Co", "supplier"},
                {"swift-logistics", "Swift Logistics", "logistics"},
                {"cold-chain", "Cold Chain Carriers", "logistics"},
                {"red-cross", "Red Cross chapter", "nonprofit"},
                {"care-homes", "Care Homes Association", "nonprofit"},
        };
        for (String[] m : members) {
            List<String> trusts = new ArrayList<>();
            if (!m[0].equals("regional-health")) {
                trusts.add("regional-health");
            }
            if (m[2].equals("hospital") && !m[0].equals("city-hospital")) {
                trusts.add("city-hospital");
            }
            b.member(m[0], m[1], m[2], m[2].equals("hospital") ? 2 : 1, trusts.toArray(String[]::new));
        }
        return b.steeringBody("regional-health", "city-hospital", "university-hospital", "public-health-lab")
                .context(new GovernanceContext(0.95, 0.3, 0.7, 0.7))
                .build();
    }

    /**
     * The 2023 cybersecurity coalition: ten members of five kinds sharing threat intelligence,
     * with moderate trust and a high need for shared competencies. The article's case adopted a
     * hybrid model: technical decisions centralized, strategic decisions distributed.
     */
    public static Coalition cybersecurity() {
        Coalition.Builder b = Coalition.builder("Cybersecurity information-sharing coalition")
                .formedOn(LocalDate.of(2023, 2, 1));
        String[][] members = {
                {"first-bank", "First Bank", "bank"},
                {"harbor-bank", "Harbor Bank", "bank"},
                {"telco-north", "Telco North", "telecom"},
                {"telco-south", "Telco South", "telecom"},
                {"cert-agency", "National CERT", "public-agency"},
                {"energy-grid", "Energy Grid Operator", "utility"},
                {"water-utility", "Water Utility", "utility"},
                {"tech-university", "Technical University", "university"},
                {"secure-soft", "SecureSoft", "vendor"},
                {"netguard", "NetGuard", "vendor"},
        };
        for (int i = 0; i < members.length; i++) {
            // each member trusts the next four members round the table: trust density 4/9
            String[] trusts = new String[4];
            for (int k = 1; k <= 4; k++) {
                trusts[k - 1] = members[(i + k) % members.length][0];
            }
            b.member(members[i][0], members[i][1], members[i][2], 10, trusts);
        }
        return b.steeringBody("first-bank", "telco-north", "cert-agency", "energy-grid", "tech-university", "secure-soft")
                .context(new GovernanceContext(0.5, 0.55, 0.65, 0.8))
                .build();
    }

    /** A small, stable founding group: four organisations that all trust each other and agree on their goals. */
    public static Coalition foundingGroup() {
        return Coalition.builder("Regional innovation founding group")
                .formedOn(LocalDate.of(2024, 1, 15))
                .member("acme", "Acme Manufacturing", "manufacturer", 1, "bolt", "campus", "labs")
                .member("bolt", "Bolt Robotics", "manufacturer", 1, "acme", "campus", "labs")
                .member("campus", "Campus University", "university", 1, "acme", "bolt", "labs")
                .member("labs", "Applied Labs", "research-institute", 1, "acme", "bolt", "campus")
                .context(new GovernanceContext(0.2, 0.3, 0.9, 0.2))
                .build();
    }
}
