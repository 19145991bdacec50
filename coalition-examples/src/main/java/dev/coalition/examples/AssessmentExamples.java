package dev.coalition.examples;

import dev.coalition.assessment.Candidate;
import dev.coalition.assessment.Dimension;
import dev.coalition.core.Coalition;
import dev.coalition.governance.GovernanceContext;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.CompositionSuggestion;
import dev.coalition.rules.api.Finding;
import dev.coalition.rules.api.PartnerAssessment;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article's proposed retail coalition of twelve firms (2023): shared goals, but far apart on
 * innovation and risk. Its partner assessment suggests leaving out the two firms at the extremes;
 * {@link #retailAfter()} is the coalition after that change. The same coalitions are the samples
 * {@code retail-twelve-firms.json} and {@code retail-twelve-firms-after.json}.
 */
public final class AssessmentExamples {

    /** id, name, category, scores 1-5 (vision, culture, decision style, risk, innovation, exit), brings, seeks, prior ties. */
    private static final String[][] FIRMS = {
        {"northgate", "Northgate Grocers", "grocery", "533334", "stores,logistics", "data", "eastfield"},
        {"eastfield", "Eastfield Foods", "grocery", "534223", "stores,private-label", "e-commerce", "northgate"},
        {"harbourhome", "Harbour Home", "home", "443333", "stores,brand", "logistics", ""},
        {"pinecrest", "Pinecrest Outfitters", "apparel", "533344", "brand,e-commerce", "stores", ""},
        {"meridian", "Meridian Pharmacy", "health", "444223", "stores,loyalty-programme", "data", "northgate"},
        {"clearline", "Clearline Electronics", "electronics", "533443", "e-commerce,payments", "stores", ""},
        {"oakwood", "Oakwood Books", "media", "443334", "loyalty-programme", "e-commerce", ""},
        {"summitsport", "Summit Sport", "apparel", "534333", "brand,stores", "data", "pinecrest"},
        {"brightdata", "Bright Data Retail", "services", "433444", "data,payments", "stores", ""},
        {"valleyfarm", "Valley Farm Shops", "grocery", "544223", "private-label,logistics", "last-mile-delivery", "eastfield"},
        {"novamart", "NovaMart", "discount", "522551", "e-commerce,data", "stores", ""},
        {"heritage", "Heritage Department Stores", "department", "533113", "stores,brand", "payments", ""},
    };

    /** The firms the assessment suggests leaving out. */
    private static final Set<String> LEFT_OUT = Set.of("novamart", "heritage");

    private AssessmentExamples() {
    }

    /** The proposed coalition of twelve firms. */
    public static Coalition retailTwelveFirms() {
        return coalition("Retail coalition of twelve firms (proposed)", LocalDate.of(2023, 3, 1), firms(false));
    }

    /** The coalition after its composition change: ten firms. */
    public static Coalition retailAfter() {
        return coalition("Retail coalition (after its composition change)", LocalDate.of(2023, 4, 3), firms(true));
    }

    /** The twelve firms as candidate partners, in the sample's order. */
    public static List<Candidate> retailCandidates() {
        return candidates(firms(false));
    }

    /** The ten firms that remain, as candidates. */
    public static List<Candidate> retailCandidatesAfter() {
        return candidates(firms(true));
    }

    private static List<String[]> firms(boolean after) {
        return Arrays.stream(FIRMS).filter(f -> !after || !LEFT_OUT.contains(f[0])).toList();
    }

    private static Coalition coalition(String name, LocalDate formedOn, List<String[]> firms) {
        Coalition.Builder b = Coalition.builder(name).formedOn(formedOn);
        for (int i = 0; i < firms.size(); i++) {
            String[] f = firms.get(i);
            b.member(f[0], f[1], f[2], 1, firms.get((i + 1) % firms.size())[0], firms.get((i + 2) % firms.size())[0]);
        }
        return b.context(new GovernanceContext(0.3, 0.6, 0.8, 0.5)).build();
    }

    private static List<Candidate> candidates(List<String[]> firms) {
        List<String> ids = firms.stream().map(f -> f[0]).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (String[] f : firms) {
            List<String> ties = split(f[6]).stream().filter(ids::contains).toList();
            candidates.add(candidate(f[0], f[1], f[3], split(f[4]), split(f[5]), ties));
        }
        return candidates;
    }

    /**
     * A candidate scored 1–5 on the six scored dimensions, written as six digits in
     * {@link Dimension#scored()} order (vision, culture, decision style, risk, innovation, exit).
     */
    static Candidate candidate(String id, String name, String scores, List<String> brings, List<String> seeks,
                               List<String> priorTies) {
        Map<Dimension, Integer> byDimension = new EnumMap<>(Dimension.class);
        for (int d = 0; d < Dimension.scored().size(); d++) {
            byDimension.put(Dimension.scored().get(d), scores.charAt(d) - '0');
        }
        return Candidate.onFivePointScale(id, name, byDimension, brings, seeks, priorTies);
    }

    private static List<String> split(String list) {
        return list.isEmpty() ? List.of() : List.of(list.split(","));
    }

    /** Prints the assessment before and after the composition change. */
    public static void run(PrintStream out, CoalitionAdvisor advisor) {
        print(out, retailTwelveFirms(), advisor.assessPartners(retailCandidates()));
        print(out, retailAfter(), advisor.assessPartners(retailCandidatesAfter()));
    }

    private static void print(PrintStream out, Coalition coalition, PartnerAssessment a) {
        out.println("=== " + coalition.name() + ": partner assessment ===");
        out.println("  coalition fit " + a.coalitionFit() + ", weakest pair " + a.weakestPair().a() + " and " + a.weakestPair().b()
                + " (" + a.weakestPair().fit() + ")");
        for (Finding f : a.flags()) {
            out.println("  " + f.id() + " (" + f.subject() + "): " + f.reason());
        }
        for (CompositionSuggestion s : a.composition()) {
            out.println("  suggestion: " + s.reason());
        }
    }
}
