package dev.coalition.report;

import dev.coalition.assessment.Candidate;
import dev.coalition.core.Coalition;
import dev.coalition.health.HealthAssessment;
import dev.coalition.report.view.Page;
import dev.coalition.report.view.Para;
import dev.coalition.report.view.Section;
import dev.coalition.rules.api.ConflictAssessment;
import dev.coalition.rules.api.DistributionAdvice;
import dev.coalition.rules.api.GovernanceRecommendation;
import dev.coalition.rules.api.HealthAdvice;
import dev.coalition.rules.api.PartnerAssessment;
import dev.coalition.rules.api.VotingAdvice;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A coalition report: one self-contained HTML page (inline SVG charts, no scripts, fonts or
 * stylesheets from elsewhere) of what the {@code CoalitionAdvisor} answered for a coalition,
 * readable in a browser and printable in grey. Every section is optional; each chart comes with
 * its figures as a table and the explanation sentences behind the decision. Names from documents
 * are escaped and wrapped in {@code <bdi>}.
 *
 * <pre>{@code
 * CoalitionReport report = CoalitionReport.builder(coalition)
 *         .governance(advisor.recommendGovernance(coalition))
 *         .voting(advisor.votingPower(coalition, 51))
 *         .build();
 * report.writeTo(Path.of("report.html"));
 * }</pre>
 *
 * <p>Immutable once built, and safe to write from several threads.
 */
public final class CoalitionReport {

    private final Page page;

    private CoalitionReport(Page page) {
        this.page = page;
    }

    /**
     * A builder for the report of a coalition: its name is the title, and its members' names are
     * shown for their ids.
     *
     * @throws NullPointerException naming {@code coalition} when it is null
     */
    public static Builder builder(Coalition coalition) {
        Objects.requireNonNull(coalition, "coalition: give the coalition the report is about");
        Builder builder = new Builder(coalition.name());
        builder.names.add(coalition);
        builder.lines.add(Para.builder().text("Formed on " + coalition.formedOn() + "; " + coalition.size() + " members: ")
                .names(coalition.members().stream().map(m -> m.name() == null || m.name().isBlank() ? m.id() : m.name()).toList(), ", ")
                .text(".").build());
        return builder;
    }

    /**
     * A builder for a report without a coalition, such as the assessment of candidates.
     *
     * @param title the page's title
     * @throws IllegalArgumentException when the title is null or blank
     */
    public static Builder builder(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title: give the report a title, such as the coalition's name");
        }
        return new Builder(title);
    }

    /** The page's title. */
    public String title() {
        return page.title();
    }

    /** The ids of the sections the report has, in order: governance, partners, health, voting, conflicts, distribution. */
    public List<String> sections() {
        return page.sections().stream().map(Section::id).toList();
    }

    /** The page as HTML. */
    public String html() {
        StringWriter out = new StringWriter();
        writeTo(out);
        return out.toString();
    }

    /** Writes the page as HTML; the writer is flushed, not closed. */
    public void writeTo(Writer out) {
        Objects.requireNonNull(out, "out: give a writer for the page");
        Templates.render(page, out);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("out: the page could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the page to a file in UTF-8, replacing the file if it exists.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public void writeTo(Path file) {
        Objects.requireNonNull(file, "file: give the path of the HTML file to write");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": the report could not be written (" + e.getMessage()
                    + "); check that the directory exists and is writable", e);
        }
    }

    /** Collects the sections of a report; each is optional, and each may be given once. */
    public static final class Builder {

        private final String title;
        private final Names names = new Names();
        private final List<Para> lines = new ArrayList<>();
        private GovernanceRecommendation governance;
        private PartnerAssessment partners;
        private List<Candidate> candidates = List.of();
        private HealthAdvice health;
        private List<HealthAssessment> healthHistory = List.of();
        private VotingAdvice voting;
        private List<ConflictAssessment> conflicts = List.of();
        private DistributionAdvice distribution;

        private Builder(String title) {
            this.title = title;
        }

        /** The summary section: the governance recommendation, its fit, safeguards and findings by severity. */
        public Builder governance(GovernanceRecommendation recommendation) {
            this.governance = Objects.requireNonNull(recommendation, "recommendation: give recommendGovernance's answer");
            return this;
        }

        /**
         * The partner assessment: the compatibility heat map with the weakest pair marked, and, for the
         * candidates given, a radar of each one's scores.
         *
         * @param assessment the answer of {@code assessPartners}
         * @param candidates the candidates assessed (for their scores and names), or an empty list to leave the radars out
         */
        public Builder partners(PartnerAssessment assessment, List<Candidate> candidates) {
            this.partners = Objects.requireNonNull(assessment, "assessment: give assessPartners's answer");
            this.candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates: give the candidates assessed, or List.of()"));
            candidates.forEach(c -> names.add(c.id(), c.name()));
            return this;
        }

        /**
         * Alliance health: status, trend and interventions, and the three pillars over time.
         *
         * @param advice  the answer of {@code assessHealth}
         * @param history the assessments diagnosed (the chart's points), or an empty list to leave the chart out
         */
        public Builder health(HealthAdvice advice, List<HealthAssessment> history) {
            this.health = Objects.requireNonNull(advice, "advice: give assessHealth's answer");
            this.healthHistory = List.copyOf(Objects.requireNonNull(history, "history: give the assessments, or List.of()"));
            return this;
        }

        /** Voting power: weight against the Banzhaf and Shapley–Shubik indices per member. */
        public Builder voting(VotingAdvice advice) {
            this.voting = Objects.requireNonNull(advice, "advice: give votingPower's answer");
            return this;
        }

        /** Conflicts: each one's stage on Glasl's ladder and the interventions it allows; an empty list leaves the section out. */
        public Builder conflicts(List<ConflictAssessment> assessments) {
            this.conflicts = List.copyOf(Objects.requireNonNull(assessments, "assessments: give assessConflict's answers, or List.of()"));
            return this;
        }

        /** The distribution: shares per member, and the blocking coalitions when the division is not stable. */
        public Builder distribution(DistributionAdvice advice) {
            this.distribution = Objects.requireNonNull(advice, "advice: give distribute's answer");
            return this;
        }

        /**
         * The report.
         *
         * @throws IllegalStateException when no section was given: a report needs at least one
         */
        public CoalitionReport build() {
            List<Section> sections = new ArrayList<>();
            if (governance != null) {
                sections.add(GovernanceSection.of(governance, names));
            }
            if (partners != null) {
                sections.add(PartnersSection.of(partners, candidates, names));
            }
            if (health != null) {
                sections.add(HealthSection.of(health, healthHistory, names));
            }
            if (voting != null) {
                sections.add(VotingSection.of(voting, names));
            }
            if (!conflicts.isEmpty()) {
                sections.add(ConflictsSection.of(conflicts, names));
            }
            if (distribution != null) {
                sections.add(DistributionSection.of(distribution, names));
            }
            if (sections.isEmpty()) {
                throw new IllegalStateException("sections: the report has none; give at least one of governance, partners, "
                        + "health, voting, conflicts or distribution");
            }
            return new CoalitionReport(new Page(title, lines, sections));
        }
    }
}
