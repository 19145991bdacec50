package dev.coalition.rules;

import static dev.coalition.rules.ValueCases.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coalition.core.Coalition;
import dev.coalition.rules.api.CoalitionAdvisor;
import dev.coalition.rules.api.DistributionRequest;
import dev.coalition.rules.api.ReloadingAdvisor;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each shorthand of a reloading advisor answers exactly what the advisor in service answers for
 * the same input, with that advisor's policy hash and generation; a missing argument is named.
 */
class ReloadingAdvisorShorthandsTest {

    private static CoalitionAdvisor direct;
    private static ReloadingAdvisor reloading;

    @BeforeAll
    static void open() {
        direct = CoalitionAdvisor.withDefaultPolicies();
        reloading = ReloadingAdvisor.of(CoalitionAdvisor.withDefaultPolicies());
    }

    @AfterAll
    static void close() {
        direct.close();
        reloading.close();
    }

    @Test
    void eachShorthandGivesTheAnswerOfTheAdvisorInServiceWithItsPolicy() {
        Coalition trio = ValueCases.trio();
        Coalition council = ConflictCases.council();
        var conflict = ConflictCases.conflict().build();
        DistributionRequest request = DistributionRequest.of(eur("700.00"));

        var governance = reloading.recommendGovernance(Cases.cybersecurity());
        var distribution = reloading.distribute(trio, request);
        var voting = reloading.votingPower(trio, 2);
        var assessment = reloading.assessConflict(council, conflict, ConflictCases.AS_OF);

        assertThat(governance.value()).isEqualTo(direct.recommendGovernance(Cases.cybersecurity()));
        assertThat(distribution.value()).isEqualTo(direct.distribute(trio, request));
        assertThat(voting.value()).isEqualTo(direct.votingPower(trio, 2));
        assertThat(assessment.value()).isEqualTo(direct.assessConflict(council, conflict, ConflictCases.AS_OF));
        for (var answer : java.util.List.of(governance, distribution, voting, assessment)) {
            assertThat(answer.policyHash()).isEqualTo(direct.policyHash()).isEqualTo(reloading.policyHash());
            assertThat(answer.generation()).isZero();
        }
        assertThat(reloading.generation()).isZero();
    }

    @Test
    void aMissingArgumentIsNamedWithWhatToGive() {
        assertThatThrownBy(() -> ReloadingAdvisor.of(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first: is null; give an advisor such as CoalitionAdvisor.withDefaultPolicies()");
        assertThatThrownBy(() -> reloading.with(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("decision: is null; give a function");
        assertThatThrownBy(() -> reloading.reload((CoalitionAdvisor.Builder) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("builder: is null; give CoalitionAdvisor.builder()");
        assertThatThrownBy(() -> reloading.reload((Path) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("policyDirectory: is null; give the directory");
    }

    @Test
    void closingTwiceIsHarmless() {
        ReloadingAdvisor advisor = ReloadingAdvisor.of(CoalitionAdvisor.withDefaultPolicies());
        advisor.close();
        assertThatCode(advisor::close).doesNotThrowAnyException();
        assertThatThrownBy(() -> advisor.with(a -> a)).isInstanceOf(IllegalStateException.class)
                .hasMessage("this ReloadingAdvisor is closed; build a new one with ReloadingAdvisor.of(advisor)");
    }
}
