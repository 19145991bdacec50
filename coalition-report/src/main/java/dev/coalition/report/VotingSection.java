package dev.coalition.report;

import dev.coalition.report.chart.GroupedBarChart;
import dev.coalition.report.chart.Series;
import dev.coalition.report.view.Figure;
import dev.coalition.report.view.Para;
import dev.coalition.report.view.Section;
import dev.coalition.report.view.Table;
import dev.coalition.rules.api.VotingAdvice;
import dev.coalition.value.Fraction;
import dev.coalition.voting.VotingPower;
import java.util.ArrayList;
import java.util.List;

/** Voting power: each member's weight beside its Banzhaf and Shapley–Shubik indices. */
final class VotingSection {

    private VotingSection() {
    }

    static Section of(VotingAdvice voting, Names names) {
        VotingPower power = voting.power();
        List<String> players = power.game().players();
        long total = power.game().totalWeight();
        List<Para> summary = new ArrayList<>();
        summary.add(Para.text("Quota " + power.game().quota() + " of a total weight of " + total + ", " + players.size()
                + " members."));
        if (!power.vetoPlayers().isEmpty()) {
            summary.add(Para.builder().text("Veto: ").names(names.of(power.vetoPlayers()), ", ").text(".").build());
        }
        if (!power.nullPlayers().isEmpty()) {
            summary.add(Para.builder().text("No power at all (null players): ").names(names.of(power.nullPlayers()), ", ")
                    .text(".").build());
        }
        List<Double> weights = new ArrayList<>();
        List<String> weightTexts = new ArrayList<>();
        List<List<Para>> rows = new ArrayList<>();
        for (String player : players) {
            long weight = power.game().weights().get(player);
            Fraction share = total == 0 ? Fraction.ZERO : Fraction.of(weight, total);
            weights.add(share.doubleValue());
            weightTexts.add(share.toString());
            rows.add(List.of(Para.name(names.of(player)), Para.text(weight + " (" + Figures.percent(share) + ")"),
                    Para.text(Figures.exact(power.banzhaf().get(player))), Para.text(Figures.exact(power.shapleyShubik().get(player)))));
        }
        List<Series> series = List.of(new Series("weight share", weights, weightTexts),
                indexSeries("Banzhaf", players, power.banzhaf()::get),
                indexSeries("Shapley–Shubik", players, power.shapleyShubik()::get));
        Figure figure = new Figure("voting-power", GroupedBarChart.of("voting-power", "Voting weight against voting power",
                names.of(players), series).render(), Para.text("For each member, its share of the total weight (solid), its "
                + "Banzhaf index (hatched) and its Shapley–Shubik index (dotted): weight is not power."),
                Table.of("Weight and power per member", List.of("member", "weight", "Banzhaf", "Shapley–Shubik"), rows));
        List<Table> tables = new ArrayList<>();
        FindingsTable.of("Voting findings", voting.findings(), names).ifPresent(tables::add);
        return new Section("voting", "Voting power", summary, List.of(figure), tables, Explanations.sentences(voting.explanation()));
    }

    private interface Index {
        Fraction of(String player);
    }

    private static Series indexSeries(String name, List<String> players, Index index) {
        return new Series(name, players.stream().map(p -> index.of(p).doubleValue()).toList(),
                players.stream().map(p -> index.of(p).toString()).toList());
    }
}
