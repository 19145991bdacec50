package dev.coalition.report.view;

/**
 * A chart with its caption and its table alternative (for screen readers and for reading exact
 * figures). The SVG was built by the chart layer, which escapes every text it writes; the
 * template inserts it as markup. Part of the templates' model, not of the public API.
 *
 * @param id          the chart's id in the page
 * @param svg         the chart's SVG markup
 * @param caption     what the chart shows and how to read it
 * @param alternative the chart's figures as a table
 */
public record Figure(String id, String svg, Para caption, Table alternative) {
}
