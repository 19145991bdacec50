package dev.coalition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.coalition.core.Coalition;
import dev.coalition.policy.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** coalition-core is pure Java: its main classes use nothing but the JDK's java.* packages and each other. */
class CoreArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importMainClasses() {
        core = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("dev.coalition");
    }

    @Test
    void theImportCoversTheMainClassesOnly() {
        assertThat(core.contain(Coalition.class)).isTrue();
        assertThat(core.contain(Settings.class)).isTrue();
        assertThat(core.contain(CoreArchitectureTest.class)).isFalse();
    }

    private static final ArchRule ONLY_JDK = classes().that().resideInAPackage("dev.coalition..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.coalition..")
            .because("coalition-core has no runtime dependency at all (issue 2)");

    @Test
    void coreDependsOnNothingOutsideTheJdkAndItself() {
        ONLY_JDK.check(core);
    }

    @Test
    void theRuleCatchesADependencyOutsideTheJdk() {
        // this test class itself uses ArchUnit and AssertJ
        JavaClasses withForeignDependency = new ClassFileImporter().importClasses(CoreArchitectureTest.class);

        assertThatThrownBy(() -> ONLY_JDK.check(withForeignDependency))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("com.tngtech.archunit");
    }
}
