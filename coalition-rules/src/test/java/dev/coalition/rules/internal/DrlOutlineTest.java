package dev.coalition.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.rules.internal.DrlOutline.RuleDeclaration;
import dev.coalition.rules.internal.DrlOutline.SettingReference;
import org.junit.jupiter.api.Test;

/**
 * The outline names the rule a compile error belongs to, checks every rule's {@code @id} and
 * {@code @source}, and finds the settings a policy reads: what it reports must match what a rule
 * author wrote, line for line, whatever the comments and quoting around it.
 */
class DrlOutlineTest {

    private static DrlOutline outline(String... lines) {
        return DrlOutline.of(new PolicySource("house.drl", String.join("\n", lines), "test"));
    }

    @Test
    void rulesAreNamedWithTheirLinesIdAndSource() {
        DrlOutline outline = outline(
                "package dev.example;",                          // 1
                "",                                              // 2
                "rule \"Crisis calls for a lead\"",              // 3
                "    @id(\"house.crisis\")",                     // 4
                "    @source(\"Provan & Kenis 2008\")",          // 5
                "when",                                          // 6
                "    $c : Object()",                             // 7
                "then",                                          // 8
                "end",                                           // 9
                "rule 'Single quoted'",                          // 10
                "when then",                                     // 11
                "end",                                           // 12
                "rule Bare",                                     // 13
                "when then",                                     // 14
                "  end  ");                                      // 15

        assertThat(outline.fileName()).isEqualTo("house.drl");
        assertThat(outline.rules()).containsExactly(
                new RuleDeclaration("Crisis calls for a lead", 3, 9, "house.crisis", "Provan & Kenis 2008"),
                new RuleDeclaration("Single quoted", 10, 12, null, null),
                new RuleDeclaration("Bare", 13, 15, null, null));
    }

    @Test
    void aRuleNameMayHoldEscapedQuotesAndASourceEscapedQuotes() {
        DrlOutline outline = outline(
                "rule \"The \\\"lead\\\" decides\"",
                "    @source(\"Huxham, \\\"Managing to collaborate\\\"\")",
                "when then",
                "end");

        assertThat(outline.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.name()).isEqualTo("The \\\"lead\\\" decides");
            assertThat(rule.source()).isEqualTo("Huxham, \"Managing to collaborate\"");
        });
    }

    @Test
    void onlyTheFirstSourceOfARuleCountsAndAnIdOrSourceInACommentDoesNot() {
        DrlOutline outline = outline(
                "rule \"One\"",
                "    // @id(\"commented.out\") @source(\"Commented\")",
                "    @source(\"First\")",
                "    @source(\"Second\")",
                "when then",
                "end");

        assertThat(outline.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isNull();
            assertThat(rule.source()).isEqualTo("First");
        });
    }

    @Test
    void rulesInsideCommentsAreNotRules() {
        DrlOutline outline = outline(
                "// rule \"Line comment\"",
                "/* rule \"Block comment\"",
                "rule \"Still in the block\"",
                "end */",
                "rule \"Real\" /* a comment */",
                "when then",
                "end");

        assertThat(outline.rules()).extracting(RuleDeclaration::name).containsExactly("Real");
        assertThat(outline.rules().get(0).line()).isEqualTo(5);
    }

    @Test
    void aBlockCommentClosedOnTheSameLineLeavesTheRestOfTheLineCode() {
        DrlOutline outline = outline(
                "/* note */ rule \"After a comment\"",
                "when then",
                "end");

        assertThat(outline.rules()).extracting(RuleDeclaration::name).containsExactly("After a comment");
    }

    @Test
    void commentMarkersInsideStringsAreText() {
        DrlOutline outline = outline(
                "rule \"Slashes\"",
                "when then",
                "    insert(\"http://example.org /* not a comment\");",
                "    number(\"house.limit\");",
                "end",
                "rule \"Next\"",
                "when then",
                "end");

        assertThat(outline.rules()).extracting(RuleDeclaration::name).containsExactly("Slashes", "Next");
        assertThat(outline.settings()).extracting(SettingReference::name).containsExactly("house.limit");
    }

    @Test
    void aRuleKeywordBeforeTheEndDoesNotStartAnotherRule() {
        DrlOutline outline = outline(
                "rule \"Outer\"",
                "when then",
                "    rule \"Not a rule here\"",
                "end");

        assertThat(outline.rules()).singleElement()
                .isEqualTo(new RuleDeclaration("Outer", 1, 4, null, null));
    }

    @Test
    void aRuleWithoutEndRunsToTheLastLine() {
        DrlOutline outline = outline(
                "rule \"Unfinished\"",
                "    @id(\"house.unfinished\")",
                "when",
                "");

        assertThat(outline.rules()).containsExactly(new RuleDeclaration("Unfinished", 1, 4, "house.unfinished", null));
    }

    @Test
    void settingsAreFoundWithAccessorLineAndColumnOutsideComments() {
        DrlOutline outline = outline(
                "rule \"Reads\"",
                "when",
                "    Figure( value > number(\"house.min\"), size >= integer( \"house.members\" ) )",
                "    // number(\"commented.out\")",
                "    /* words(\"also.out\") */ Fact( name memberOf domains(\"house.domains\") )",
                "then",
                "    print(words(\"house.words\") + line(\"house.line\"));",
                "end");

        assertThat(outline.settings()).containsExactly(
                new SettingReference("number", "house.min", 3, 29),
                new SettingReference("integer", "house.members", 3, 60),
                new SettingReference("domains", "house.domains", 5, 58),
                new SettingReference("words", "house.words", 7, 18),
                new SettingReference("line", "house.line", 7, 40));
    }

    @Test
    void windowsLineEndingsCountLinesTheSame() {
        DrlOutline outline = DrlOutline.of(new PolicySource("crlf.drl",
                "rule \"A\"\r\nwhen then\r\nend\r\nrule \"B\"\r\nwhen then\r\nend\r\n", "test"));

        assertThat(outline.rules()).containsExactly(
                new RuleDeclaration("A", 1, 3, null, null),
                new RuleDeclaration("B", 4, 6, null, null));
    }

    @Test
    void ruleAtNamesTheRuleHoldingALineFromItsFirstToItsLastLine() {
        DrlOutline outline = outline(
                "package dev.example;",
                "rule \"A\"",
                "when then",
                "end",
                "",
                "rule \"B\"",
                "when then",
                "end");

        assertThat(outline.ruleAt(1)).isNull();
        assertThat(outline.ruleAt(2)).isEqualTo("A");
        assertThat(outline.ruleAt(4)).isEqualTo("A");
        assertThat(outline.ruleAt(5)).isNull();
        assertThat(outline.ruleAt(6)).isEqualTo("B");
        assertThat(outline.ruleAt(8)).isEqualTo("B");
        assertThat(outline.ruleAt(9)).isNull();
    }

    @Test
    void metadataAndSettingsOnTheRulesOwnLineBelongToIt() {
        DrlOutline outline = outline(
                "rule \"One line\" @id(\"house.one-line\") @source(\"A test\") when eval(number(\"house.min\") > 0) then end",
                "rule \"Next line\" @id(\"house.next\") when then insert(\"the end\");end");

        assertThat(outline.rules()).containsExactly(
                new RuleDeclaration("One line", 1, 1, "house.one-line", "A test"),
                new RuleDeclaration("Next line", 2, 2, "house.next", null));
        assertThat(outline.settings()).containsExactly(new SettingReference("number", "house.min", 1, 75));
    }

    @Test
    void theFirstIdOfARuleIsItsId() {
        DrlOutline outline = outline(
                "rule \"Two ids\"",
                "    @id(\"house.first\")",
                "    @id(\"house.second\")",
                "when then",
                "end");

        assertThat(outline.rules()).extracting(RuleDeclaration::id).containsExactly("house.first");
    }

    @Test
    void linesEndingInASlashOrAStarAreReadToTheirLastCharacter() {
        DrlOutline outline = outline(
                "rule \"Ends in operators\" @id(\"house.operators\")",
                "when",
                "    eval(4 /",
                "         2 > 1 && 3 *",
                "         2 > 1)",
                "    /* a note that ends in a star *",
                "       and goes on */ eval(number(\"house.min\") > 0)",
                "then",
                "end");

        assertThat(outline.rules()).containsExactly(new RuleDeclaration("Ends in operators", 1, 9, "house.operators", null));
        assertThat(outline.settings()).extracting(SettingReference::line).containsExactly(7);
    }

    @Test
    void aBlockCommentOpenedInsideAStringOpensNothing() {
        DrlOutline outline = outline(
                "rule \"Quotes\" @id(\"house.quotes\")",
                "when then",
                "    insert(\"say \\\"/*\\\" here\");",
                "end",
                "rule \"After\" @id(\"house.after\")",
                "when then",
                "end");

        assertThat(outline.rules()).extracting(RuleDeclaration::name).containsExactly("Quotes", "After");
    }
}
