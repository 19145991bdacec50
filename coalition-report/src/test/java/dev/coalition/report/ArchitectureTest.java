package dev.coalition.report;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report draws what the facade answered: it uses the rules module only through
 * {@code dev.coalition.rules.api} and decides nothing itself; the chart layer and the templates'
 * model know nothing of coalitions.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.coalition.report");
    }

    @Test
    void theReportUsesOnlyThePublicApiOfTheRulesModule() {
        noClasses().that().resideInAPackage("dev.coalition.report..")
                .should().dependOnClassesThat(resideInAPackage("dev.coalition.rules..")
                        .and(not(resideInAPackage("dev.coalition.rules.api"))))
                .because("the rules module's implementation is internal; only dev.coalition.rules.api is public")
                .check(classes);
    }

    @Test
    void theChartLayerAndTheTemplatesModelDependOnNothingOfCoalition() {
        classes().that().resideInAPackage("dev.coalition.report.chart..")
                .should().onlyDependOnClassesThat(not(resideInAPackage("dev.coalition..")).or(resideInAPackage("dev.coalition.report.chart..")))
                .check(classes);
        classes().that().resideInAPackage("dev.coalition.report.view..")
                .should().onlyDependOnClassesThat(not(resideInAPackage("dev.coalition..")).or(resideInAPackage("dev.coalition.report.view..")))
                .check(classes);
    }

    @Test
    void nothingOutsideTheReportModuleDependsOnItsInternals() {
        noClasses().that(not(resideInAnyPackage("dev.coalition.report..")).and(resideInAPackage("dev.coalition..")))
                .should().dependOnClassesThat(resideInAnyPackage("dev.coalition.report.chart..", "dev.coalition.report.view.."))
                .allowEmptyShould(true)
                .check(classes);
    }
}
