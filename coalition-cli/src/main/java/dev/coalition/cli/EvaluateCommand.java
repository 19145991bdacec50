package dev.coalition.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coalition evaluate FILE.json}: the explained governance recommendation for a coalition
 * document, and the distribution, voting power and conflict assessments it asks for, as JSON or,
 * with {@code --format text}, as a readable account, or with {@code --format html} as the report page.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        versionProvider = VersionProvider.class,
        description = {
            "Recommend how a coalition should govern itself and print the result on standard output, as JSON or "
                    + "(--format text) as a readable account; "
                    + "with a \"distribution\" or \"voting\" section, also how to share value among its members "
                    + "and how much voting power each holds; with \"conflicts\" (and \"asOf\"), where each conflict "
                    + "stands as of that date and what happens next.",
            "The document's format is schema/coalition-document.schema.json (UTF-8); every problem with it is "
                    + "printed on standard error as PATH: MESSAGE, in document order. A document beyond an input limit "
                    + "is refused with a problem naming the limit; --limit raises it."
        })
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The coalition document (JSON), or - to read standard input.")
    String file;

    @Mixin
    PolicyOptions policy = new PolicyOptions();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (the default): the answer as JSON; "
            + "text: a readable account for a person at a terminal (recommendation, fit, safeguards, findings, each "
            + "section asked for, then the explanation); html: the report page of 'coalition report'.")
    Format format = Format.JSON;

    /** How the answer is printed. */
    enum Format {
        /** The JSON answer of schema/coalition-answer.schema.json. */
        JSON,
        /** A readable account. */
        TEXT,
        /** The HTML report with charts ({@code coalition report}). */
        HTML
    }

    private InputStream stdin;
    private PrintWriter out;

    /** Sets what {@code -} reads and where the answer goes, before each run. */
    void streams(InputStream stdin, PrintWriter out) {
        this.stdin = stdin;
        this.out = out;
    }

    @Override
    public Integer call() {
        out.print(DocumentEvaluation.answer(file, stdin, policy, limitOptions, (advisor, reading, evaluation) -> switch (format) {
            case TEXT -> RecommendationText.write(evaluation);
            case HTML -> HtmlReport.write(reading, evaluation);
            case JSON -> evaluation.json(advisor);
        }));
        out.flush();
        return 0;
    }
}
