package dev.coalition.report;

import dev.coalition.report.view.Page;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.Writer;

/**
 * The page template, compiled to Java when the module is built (jte-maven-plugin), so that
 * rendering needs no compiler at run time. Its HTML content type escapes every value by context.
 */
final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    static void render(Page page, Writer out) {
        ENGINE.render("report.jte", page, new WriterOutput(out));
    }
}
