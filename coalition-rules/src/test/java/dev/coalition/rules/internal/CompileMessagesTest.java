package dev.coalition.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coalition.rules.api.PolicyDiagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Drools' compile messages as a rule author reads them: one line per mistake, at its column,
 * naming what exists instead, without the engine's codes and class names, and without the
 * messages the engine adds for the same rule because of it.
 */
class CompileMessagesTest {

    private static final String FILE = "house.drl";
    private static final String TEXT = """
            package dev.coalition.policies.house;

            import dev.coalition.rules.governance.Fit;
            import dev.coalition.rules.govrnance.Wanted;

            rule "Reads a fit"
                @id("house.fit")
            when
                $f : Fit( matchd == true )
                $m : ModeChoise( )
            then
            end
            """;

    private static List<PolicyDiagnostic> readable(PolicyDiagnostic... raw) {
        PolicySource source = new PolicySource(FILE, TEXT, FILE);
        Map<String, PolicySource> drls = new LinkedHashMap<>();
        drls.put(FILE, source);
        return CompileMessages.readable(List.of(raw), drls, Map.of(FILE, DrlOutline.of(source)));
    }

    private static PolicyDiagnostic raw(int line, String rule, String message) {
        return new PolicyDiagnostic(FILE, line, rule, message);
    }

    @Test
    void anUnknownFieldNamesTheNearestFieldAndListsTheTypesFieldsAtItsColumn() {
        assertThat(readable(raw(9, "Reads a fit",
                "Unable to Analyse Expression matchd == true: [Error: unable to resolve method using strict-mode: "
                        + "dev.coalition.rules.governance.Fit.matchd()]")))
                .containsExactly(new PolicyDiagnostic(FILE, 9, 15, "Reads a fit",
                        "Fit has no field \"matchd\" (did you mean matched?); its fields are figure, matched, reason, wanted"));
    }

    @Test
    void whatTheEngineAddsForTheSameRuleBecauseOfItIsDroppedButNotForAnotherRule() {
        String field = "unable to resolve method using strict-mode: dev.coalition.rules.governance.Fit.matchd()";
        assertThat(readable(
                raw(9, "Reads a fit", field),
                raw(9, "Reads a fit", "Field Reader does not exist for declaration '$f'"),
                raw(9, "Reads a fit", "something else went wrong"),
                raw(12, "Another rule", "Field Reader does not exist for declaration '$g'")))
                .extracting(PolicyDiagnostic::rule, PolicyDiagnostic::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Reads a fit", "Fit has no field \"matchd\" (did you mean matched?); "
                                + "its fields are figure, matched, reason, wanted"),
                        org.assertj.core.groups.Tuple.tuple("Reads a fit", "something else went wrong"),
                        org.assertj.core.groups.Tuple.tuple("Another rule", "Field Reader does not exist for declaration '$g'"));
    }

    @Test
    void anUnknownFactTypeNamesTheNearestTypeAndWhatTheImportedPackagesHold() {
        List<PolicyDiagnostic> problems = readable(raw(10, "Reads a fit", "Unable to resolve ObjectType 'ModeChoise'"));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.column()).isEqualTo(10);
            assertThat(d.message()).startsWith("unknown fact type \"ModeChoise\" (did you mean ModeChoice? add import "
                            + "dev.coalition.rules.governance.ModeChoice;); the imported packages dev.coalition.rules.governance, "
                            + "dev.coalition.rules.govrnance hold ")
                    .contains("BestFit", "Fit", "ModeChoice", "Wanted");
        });
    }

    @Test
    void anImportOfNoTypeNamesThePackageThatHoldsATypeOfThatName() {
        assertThat(readable(raw(0, null, "Error importing : 'dev.coalition.rules.govrnance.Wanted'")))
                .containsExactly(new PolicyDiagnostic(FILE, 4, 8, null, "cannot import dev.coalition.rules.govrnance.Wanted: "
                        + "there is no such type; Wanted is in dev.coalition.rules.governance "
                        + "(import dev.coalition.rules.governance.Wanted;)"));
    }

    @Test
    void anImportOfATypeTheLibraryLacksSuggestsTheNearestName() {
        assertThat(readable(raw(2, null, "Error importing : 'dev.coalition.rules.governance.Fitt'")))
                .singleElement().satisfies(d -> {
                    assertThat(d.line()).isEqualTo(2);
                    assertThat(d.column()).isZero();
                    assertThat(d.message()).isEqualTo("cannot import dev.coalition.rules.governance.Fitt: there is no such "
                            + "type; the library has no type named Fitt (did you mean dev.coalition.rules.governance.Fit?)");
                });
    }

    @Test
    void aMissingParenthesisIsReportedOnceWhereItIsMissing() {
        String text = "package p;\nrule \"R\" @id(\"p.r\")\nwhen\n    $f : Fit( matched == true\nthen\nend\n";
        PolicySource source = new PolicySource(FILE, text, FILE);
        List<PolicyDiagnostic> problems = CompileMessages.readable(List.of(
                        new PolicyDiagnostic(FILE, 5, "R", "[ERR 102] Line 5:0 mismatched input 'then' in rule \"R\""),
                        new PolicyDiagnostic(FILE, 6, "R", "[ERR 102] Line 6:0 mismatched input 'end'")),
                Map.of(FILE, source), Map.of(FILE, DrlOutline.of(source)));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.rule()).isEqualTo("R");
            assertThat(d.message()).contains(")");
        });
    }

    @Test
    void theEnginesCodesPositionsAndClassNamesAreCleanedAway() {
        assertThat(CompileMessages.cleaned(raw(3, "R", "[ERR 101] Line 3:7 no viable alternative at input 'x' in rule \"R \\\"q\\\"\"")))
                .isEqualTo(new PolicyDiagnostic(FILE, 3, 8, "R", "no viable alternative at input 'x'"));
        assertThat(CompileMessages.cleaned(raw(3, "R", "Rule Compilation error [Near : {... x ...}] [Error: bad thing] "
                + "^ [Line: 3, Column: 9] at org.drools.mvel.Foo$Bar")).message())
                .isEqualTo("bad thing at the rule engine");
        assertThat(CompileMessages.cleaned(raw(3, "R", "Rule Compilation error ")).message()).isEqualTo("compilation error");
    }

    @Test
    void aMessageOfAFileNotCompiledHereIsOnlyCleaned() {
        PolicyDiagnostic elsewhere = new PolicyDiagnostic("other.drl", 2, "R", "Rule Compilation error x");
        assertThat(readable(elsewhere)).containsExactly(new PolicyDiagnostic("other.drl", 2, "R", "x"));
    }

    @Test
    void aFieldOnALineOutsideTheFileHasNoColumn() {
        String field = "unable to resolve method using strict-mode: dev.coalition.rules.governance.Fit.matchd()";
        assertThat(readable(raw(0, "Reads a fit", field))).extracting(PolicyDiagnostic::column).containsExactly(0);
        assertThat(readable(raw(99, "Reads a fit", field))).extracting(PolicyDiagnostic::column).containsExactly(0);
        assertThat(readable(raw(13, "Reads a fit", field))).extracting(PolicyDiagnostic::column).containsExactly(0);
    }

    @Test
    void aBadImportWrittenInAnotherFileIsReportedWhereItIsWritten() {
        PolicySource first = new PolicySource("a.drl", "package dev.coalition.policies.house;\nrule \"R\" @id(\"h.r\") when then end\n", "a.drl");
        PolicySource second = new PolicySource("b.drl", "package dev.coalition.policies.house;\n\nimport dev.coalition.rules.govrnance.Wanted;\n", "b.drl");
        Map<String, PolicySource> drls = new LinkedHashMap<>();
        drls.put("a.drl", first);
        drls.put("b.drl", second);

        List<PolicyDiagnostic> problems = CompileMessages.readable(
                List.of(new PolicyDiagnostic("a.drl", 2, "R", "Error importing : 'dev.coalition.rules.govrnance.Wanted'")),
                drls, Map.of("a.drl", DrlOutline.of(first), "b.drl", DrlOutline.of(second)));

        assertThat(problems).extracting(PolicyDiagnostic::file, PolicyDiagnostic::line, PolicyDiagnostic::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b.drl", 3, 8));
    }

    @Test
    void aTypeImportedByAnotherFileOfThePackageNeedsNoImportHint() {
        PolicySource first = new PolicySource("a.drl", "package dev.coalition.policies.house;\n"
                + "import dev.coalition.rules.governance.Fit;\nrule \"R\" @id(\"h.r\") when ModeChoise() then end\n", "a.drl");
        PolicySource second = new PolicySource("b.drl", "package dev.coalition.policies.house;\n"
                + "import dev.coalition.rules.governance.ModeChoice;\n", "b.drl");
        PolicySource other = new PolicySource("c.drl", "package dev.coalition.policies.other;\n"
                + "import dev.coalition.rules.governance.BestFit;\n", "c.drl");
        Map<String, PolicySource> drls = new LinkedHashMap<>();
        drls.put("a.drl", first);
        drls.put("b.drl", second);
        drls.put("c.drl", other);

        List<PolicyDiagnostic> problems = CompileMessages.readable(
                List.of(new PolicyDiagnostic("a.drl", 3, "R", "Unable to resolve ObjectType 'ModeChoise'")),
                drls, Map.of("a.drl", DrlOutline.of(first)));

        assertThat(problems).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("unknown fact type \"ModeChoise\" (did you mean ModeChoice?); the imported packages "
                        + "dev.coalition.rules.governance hold "));
    }
}
