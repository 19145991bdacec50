package dev.coalition.examples;

import dev.coalition.communication.Cadence;
import dev.coalition.communication.CommunicationEntry;
import dev.coalition.communication.CommunicationPlan;
import dev.coalition.communication.Format;
import dev.coalition.communication.Layer;
import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.CommunicationAdvice;
import dev.coalition.value.Fraction;
import java.io.PrintStream;
import java.util.List;

/**
 * The article's technology coalition moving from a monthly meeting only to layered communication:
 * daily stand-ups for the operational teams, weekly tactical meetings for the managers, monthly
 * strategic reviews for the leaders and quarterly innovation sessions for the technical experts,
 * with most of the time in an open working channel rather than in meetings.
 */
public final class CommunicationExamples {

    private static final List<String> EVERYONE = List.of("cloudco", "chipworks", "devhouse", "startup");

    private CommunicationExamples() {
    }

    /** The technology coalition (CloudCo, ChipWorks, DevHouse, Startup Labs), as {@link ValueExamples#technologyCoalition()}. */
    public static Coalition technologyCoalition() {
        return ValueExamples.technologyCoalition();
    }

    /** Before: a 3-hour monthly meeting of all members, and nothing else. */
    public static CommunicationPlan monthlyMeetingOnly() {
        return CommunicationPlan.of(CommunicationEntry.of(Layer.STRATEGIC, Cadence.MONTHLY, Format.MEETING, Fraction.of(3), EVERYONE));
    }

    /**
     * After: the article's layered communication. A 15-minute daily stand-up (5 hours a month) and an
     * open engineering channel (20 hours) for the operational teams, a weekly tactical meeting (4 hours),
     * a monthly strategic review of the two largest members' leaders (2 hours) and a 4-hour quarterly
     * innovation session for the technical experts of the hardware maker and the start-up (4/3 hours a month).
     */
    public static CommunicationPlan layeredPlan() {
        return CommunicationPlan.of(
                CommunicationEntry.of(Layer.OPERATIONAL, Cadence.DAILY, Format.MEETING, Fraction.of(5), EVERYONE),
                CommunicationEntry.of(Layer.OPERATIONAL, Cadence.DAILY, Format.ASYNC, Fraction.of(20), EVERYONE),
                CommunicationEntry.of(Layer.TACTICAL, Cadence.WEEKLY, Format.MEETING, Fraction.of(4), EVERYONE),
                CommunicationEntry.of(Layer.STRATEGIC, Cadence.MONTHLY, Format.MEETING, Fraction.of(2), List.of("cloudco", "chipworks")),
                CommunicationEntry.of(Layer.INNOVATION, Cadence.QUARTERLY, Format.MEETING, Fraction.of(4, 3),
                        List.of("hardware", "startup")));
    }

    /** Prints the plan before and after, with their meeting shares and findings, and the plan the rules propose. */
    public static void run(PrintStream out, CoalitionAdvisor advisor) {
        Coalition coalition = technologyCoalition();
        out.println("=== " + coalition.name() + ": communication ===");
        print(out, "before (monthly meeting only)", advisor.planCommunication(coalition, monthlyMeetingOnly()));
        print(out, "after (layered)", advisor.planCommunication(coalition, layeredPlan()));
        CommunicationAdvice proposed = advisor.planCommunication(coalition, null);
        print(out, "proposed by the rules", proposed);
        proposed.plan().forEach(e -> out.println("  " + e.layer() + ": " + e.reason()));
    }

    private static void print(PrintStream out, String title, CommunicationAdvice advice) {
        out.println(title + ": meeting share " + advice.meetingShare() + "; findings "
                + advice.findings().stream().map(f -> f.id() + (f.id().equals("LAYER_MISSING") ? " " + f.subject() : "")).toList());
        for (CommunicationEntry e : advice.plan()) {
            out.println("  " + e.layer() + " " + e.cadence() + " " + e.format() + " " + e.hoursPerMonth() + " h/month -> "
                    + String.join(", ", e.audience()));
        }
    }
}
