package dev.coalition.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command line and the examples use the rules module only through its public API package
 * {@code dev.coalition.rules.api}; of the core they may use the domain packages (conflict included).
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.coalition.cli", "dev.coalition.examples");
    }

    @Test
    void both_modules_are_analysed() {
        assertThat(classes.that(resideInAPackage("dev.coalition.cli"))).isNotEmpty();
        assertThat(classes.that(resideInAPackage("dev.coalition.examples"))).isNotEmpty();
    }

    @Test
    void cli_and_examples_use_only_the_public_api_of_the_rules_module() {
        noClasses().that().resideInAnyPackage("dev.coalition.cli..", "dev.coalition.examples..")
                .should().dependOnClassesThat(resideInAPackage("dev.coalition.rules..")
                        .and(not(resideInAPackage("dev.coalition.rules.api"))))
                .because("the rules module's implementation is internal; only dev.coalition.rules.api is public")
                .check(classes);
    }

    @Test
    void of_coalition_itself_they_use_only_the_core_packages_the_rules_api_and_the_testkit() {
        // the testkit is public API too: 'coalition check --fairness' runs its FairnessCheck;
        // of the report module only dev.coalition.report (CoalitionReport), not its chart layer or templates' model
        classes().that().resideInAnyPackage("dev.coalition.cli..", "dev.coalition.examples..")
                .should().onlyDependOnClassesThat(not(resideInAPackage("dev.coalition..")).or(resideInAnyPackage(
                        "dev.coalition.core", "dev.coalition.governance", "dev.coalition.policy", "dev.coalition.network",
                        "dev.coalition.composition", "dev.coalition.assessment", "dev.coalition.value", "dev.coalition.value.stability",
                        "dev.coalition.voting", "dev.coalition.ledger", "dev.coalition.conflict", "dev.coalition.health", "dev.coalition.lifecycle", "dev.coalition.proposal", "dev.coalition.information", "dev.coalition.communication", "dev.coalition.timeline",
                        "dev.coalition.rules.api", "dev.coalition.report", "dev.coalition.testkit", "dev.coalition.cli", "dev.coalition.examples")))
                .check(classes);
    }

    @Test
    void the_examples_do_not_depend_on_the_command_line() {
        noClasses().that().resideInAPackage("dev.coalition.examples..")
                .should().dependOnClassesThat(resideInAPackage("dev.coalition.cli.."))
                .check(classes);
    }
}
