package dev.coalition.report;

import dev.coalition.report.chart.BarChart;
import dev.coalition.report.chart.Series;
import dev.coalition.report.view.Figure;
import dev.coalition.report.view.Para;
import dev.coalition.report.view.Section;
import dev.coalition.report.view.Table;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.DivisionStability;
import dev.coalition.value.Allocation;
import dev.coalition.value.Fraction;
import dev.coalition.value.stability.BlockingCoalition;
import java.util.ArrayList;
import java.util.List;

/** The distribution: each member's share, and the groups that would gain by leaving when it is not stable. */
final class DistributionSection {

    private DistributionSection() {
    }

    static Section of(DistributionAdvice distribution, Names names) {
        Allocation allocation = distribution.allocation();
        List<String> members = List.copyOf(allocation.paidOut().keySet());
        List<Para> summary = new ArrayList<>();
        summary.add(Para.text("Policy " + distribution.policy() + " divides " + allocation.amount()
                + " (" + allocation.guarantee() + ")."));
        Fraction whole = Fraction.sum(allocation.exactShares().values());
        List<Double> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<List<Para>> rows = new ArrayList<>();
        for (String member : members) {
            Fraction exact = allocation.exactShares().get(member);
            Fraction share = whole.signum() == 0 ? Fraction.ZERO : exact.divide(whole);
            values.add(share.doubleValue());
            texts.add(allocation.formatted(member));
            rows.add(List.of(Para.name(names.of(member)), Para.text(allocation.formatted(member)), Para.text(exact.toString()),
                    Para.text(Figures.percent(share))));
        }
        Figure figure = new Figure("distribution", BarChart.of("distribution", "Shares per member", names.of(members),
                new Series("paid out", values, texts)).render(), Para.text("What each member is paid, as a bar of its share of "
                + "the whole; a negative share would be hatched, left of the zero line."),
                Table.of("Shares per member", List.of("member", "paid out", "exact share", "of the whole"), rows));
        List<Table> tables = new ArrayList<>();
        List<String> explanation = new ArrayList<>(Explanations.sentences(distribution.explanation()));
        distribution.stability().ifPresent(stability -> {
            summary.add(stability(stability));
            if (!stability.blockingCoalitions().isEmpty()) {
                tables.add(blocking(stability, names));
            }
        });
        FindingsTable.of("Distribution findings", distribution.findings(), names).ifPresent(tables::add);
        return new Section("distribution", "Distribution of value", summary, List.of(figure), tables, explanation);
    }

    private static Para stability(DivisionStability stability) {
        if (stability.inCore()) {
            return Para.text("The division is stable: it is in the core, no group of members would gain by leaving.");
        }
        return Para.text("The division is not stable: " + stability.blockingCount() + " group"
                + (stability.blockingCount() == 1 ? "" : "s") + " of members would gain by leaving (blocking coalitions below)"
                + stability.epsilon().map(e -> "; the least core's ε is " + e).orElse("") + ".");
    }

    private static Table blocking(DivisionStability stability, Names names) {
        List<List<Para>> rows = new ArrayList<>();
        for (BlockingCoalition group : stability.blockingCoalitions()) {
            rows.add(List.of(Para.builder().names(names.of(group.members()), ", ").build(), Para.text(group.value().toString()),
                    Para.text(group.received().toString()), Para.text(group.gain().toString())));
        }
        return Table.of("Blocking coalitions (in the game's units): what they can create alone, what they receive, "
                + "what leaving would gain them", List.of("members", "value alone", "received", "gain"), rows);
    }
}
