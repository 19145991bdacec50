package dev.coalition.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvgElementTest {

    @Test
    void textAndAttributeValuesAreEscaped() {
        SvgElement svg = SvgElement.of("svg").attr("aria-label", "a \"quoted\" <name> & 'more'");
        svg.add("text").text("</text><script>alert(1)</script>");

        assertThat(svg.render()).isEqualTo("<svg aria-label=\"a &quot;quoted&quot; &lt;name&gt; &amp; &#39;more&#39;\">"
                + "<text>&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;</text></svg>");
    }

    @Test
    void controlCharactersXmlForbidsAreLeftOutAndDirectionMarksKept() {
        assertThat(SvgElement.of("text").text("a\u0000b\u0007c\u202Ed\u202C").render())
                .isEqualTo("<text>abc\u202Ed\u202C</text>");
    }

    @Test
    void anElementWithoutContentIsSelfClosedAndChildrenKeepTheirOrder() {
        SvgElement g = SvgElement.of("g");
        g.add("rect").attr("x", 1);
        g.text("between");
        g.append(SvgElement.of("circle").attr("r", 2.5));

        assertThat(g.render()).isEqualTo("<g><rect x=\"1\"/>between<circle r=\"2.5\"/></g>");
        assertThat(g.elements()).extracting(SvgElement::name).containsExactly("rect", "circle");
    }

    @Test
    void namesThatCouldCarryMarkupAreRefused() {
        assertThatThrownBy(() -> SvgElement.of("text onload=alert(1)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("element name: \"text onload=alert(1)\" is not allowed");
        assertThatThrownBy(() -> SvgElement.of("rect").attr("x\"", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attribute name: \"x\"\" is not allowed");
        assertThatThrownBy(() -> SvgElement.of("rect").attr("x", (String) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("value of attribute x");
    }

    @Test
    void numbersHaveAtMostTwoDecimalsAndAPointWhateverTheLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(SvgElement.number(12.0)).isEqualTo("12");
            assertThat(SvgElement.number(2.0 / 3)).isEqualTo("0.67");
            assertThat(SvgElement.number(-0.001)).isEqualTo("0");
            assertThat(SvgElement.number(-12.5)).isEqualTo("-12.5");
        } finally {
            java.util.Locale.setDefault(before);
        }
        assertThatThrownBy(() -> SvgElement.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a finite number");
    }
}
