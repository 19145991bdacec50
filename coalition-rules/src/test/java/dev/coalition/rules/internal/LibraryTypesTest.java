package dev.coalition.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a compile diagnostic's "did you mean" chooses from: the library's public types a policy may
 * import, and the fields a rule may read from a type.
 */
class LibraryTypesTest {

    @Test
    void theLibrarysPublicTypesAreListedInNameOrderFromCoreAndRules() {
        assertThat(LibraryTypes.all())
                .contains("dev.coalition.core.Coalition", "dev.coalition.rules.governance.Fit",
                        "dev.coalition.rules.api.CoalitionAdvisor", "dev.coalition.policy.Settings")
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void whatIsKeptIsWhatTheClassPathHolds() {
        assertThat(LibraryTypes.all()).isEqualTo(LibraryTypes.scanClassPath());
    }

    @Test
    void internalNestedGeneratedCliAndPackagePrivateTypesAreLeftOut() {
        assertThat(LibraryTypes.scanClassPath())
                .contains("dev.coalition.core.Coalition", "dev.coalition.rules.api.CoalitionAdvisor")
                .allSatisfy(name -> assertThat(name).startsWith("dev.coalition.")
                        .doesNotContain("$", ".internal.", "package-info")
                        .doesNotStartWith("dev.coalition.policies.")
                        .doesNotStartWith("dev.coalition.cli."))
                .doesNotContain("dev.coalition.value.Inputs", "dev.coalition.core.Checks");
    }

    @Test
    void namedFindsEveryPublicTypeWithASimpleName() {
        assertThat(LibraryTypes.named("Fit")).containsExactly("dev.coalition.rules.governance.Fit");
        assertThat(LibraryTypes.named("Coalition")).containsExactly("dev.coalition.core.Coalition");
        assertThat(LibraryTypes.named("NoSuchType")).isEmpty();
    }

    @Test
    void inPackageGivesSimpleNamesAndLeavesExceptionsOut() {
        assertThat(LibraryTypes.inPackage("dev.coalition.rules.api"))
                .contains("CoalitionAdvisor", "ExplanationStep")
                .doesNotContain("PolicyCompilationException", "PolicyRuntimeException", "dev.coalition.rules.api.CoalitionAdvisor");
        assertThat(LibraryTypes.inPackage("dev.coalition")).isEmpty();
        assertThat(LibraryTypes.inPackage("no.such.pkg")).isEmpty();
    }

    @Test
    void simpleNamesAndPackagesAreSplitAtTheLastDot() {
        assertThat(LibraryTypes.simpleNameOf("dev.coalition.rules.governance.Fit")).isEqualTo("Fit");
        assertThat(LibraryTypes.simpleNameOf("Fit")).isEqualTo("Fit");
        assertThat(LibraryTypes.packageOf("dev.coalition.rules.governance.Fit")).isEqualTo("dev.coalition.rules.governance");
        assertThat(LibraryTypes.packageOf("Fit")).isEmpty();
    }

    @Test
    void aRecordsFieldsAreItsComponentsInNameOrder() {
        assertThat(LibraryTypes.fieldsOf("dev.coalition.rules.governance.Fit"))
                .containsExactly("figure", "matched", "reason", "wanted");
    }

    @Test
    void aClassesFieldsAreItsGetterPropertiesAndBooleanIsProperties() {
        assertThat(LibraryTypes.fieldsOf(GetterFixture.class.getName())).containsExactly("active", "name", "size");
    }

    @Test
    void aTypeThatCannotBeLoadedHasNoFields() {
        assertThat(LibraryTypes.fieldsOf("dev.coalition.NoSuchType")).isEmpty();
    }

    /** Getters of every shape: only {@code getName}, {@code getSize} and {@code isActive} are properties. */
    public static final class GetterFixture {
        public String getName() {
            return "";
        }

        public int getSize() {
            return 0;
        }

        public boolean isActive() {
            return true;
        }

        public Boolean isBoxed() {
            return Boolean.TRUE;
        }

        public String isNotBoolean() {
            return "";
        }

        public String get() {
            return "";
        }

        public boolean is() {
            return false;
        }

        public String getWithArgument(int index) {
            return "";
        }

        public void getNothing() {
        }

        public static String getStatic() {
            return "";
        }

        public String name() {
            return "";
        }
    }
}
