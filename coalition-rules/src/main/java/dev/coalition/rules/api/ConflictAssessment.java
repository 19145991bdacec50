package dev.coalition.rules.api;

import dev.coalition.conflict.ConflictType;
import dev.coalition.conflict.Divergence;
import dev.coalition.conflict.EscalationStep;
import dev.coalition.conflict.Intervention;
import dev.coalition.conflict.Resolvability;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a conflict stands and what happens next, as of a given date, decided by the conflict
 * policy and explained. Immutable.
 *
 * @param id                          the conflict's id
 * @param types                       its types, PRIMARY first
 * @param stage                       its Glasl stage, 1..9
 * @param level                       WIN_WIN, WIN_LOSE or LOSE_LOSE
 * @param interventions               the interventions its stage allows, least to most directive
 * @param externalFacilitatorRequired whether an external professional must facilitate (members no longer mediate)
 * @param nextStep                    the step it is on or moves to; {@code null} when resolved or the ladder is exhausted
 * @param mediators                   the eligible mediators, best first
 * @param resolvability               whether it can be resolved, and why
 * @param divergence                  for an irreconcilable conflict, the dignified divergence; otherwise {@code null}
 * @param findings                    problems worth acting on
 * @param explanation                 the rules that fired, in order
 */
public record ConflictAssessment(String id, List<TypeAssessment> types, int stage, String level,
                                 List<Intervention> interventions, boolean externalFacilitatorRequired,
                                 NextStepAdvice nextStep, List<MediatorAdvice> mediators, ResolvabilityAdvice resolvability,
                                 DivergenceAdvice divergence, List<Finding> findings, List<ExplanationStep> explanation) {

    public ConflictAssessment {
        Objects.requireNonNull(id, "id");
        types = List.copyOf(types);
        Objects.requireNonNull(level, "level");
        interventions = List.copyOf(interventions);
        mediators = List.copyOf(mediators);
        Objects.requireNonNull(resolvability, "resolvability");
        findings = List.copyOf(findings);
        explanation = List.copyOf(explanation);
    }

    /** The next step, if there is one. */
    public Optional<NextStepAdvice> next() {
        return Optional.ofNullable(nextStep);
    }

    /** The divergence, if the conflict is irreconcilable. */
    public Optional<DivergenceAdvice> dignifiedDivergence() {
        return Optional.ofNullable(divergence);
    }

    /**
     * A conflict type and its role.
     *
     * @param type    the type
     * @param role    PRIMARY or SECONDARY
     * @param because the subjects, or the behaviour, that led there
     */
    public record TypeAssessment(ConflictType type, String role, List<String> because) {

        public TypeAssessment {
            because = List.copyOf(because);
        }
    }

    /**
     * The step a conflict is on or moves to.
     *
     * @param step        the rung of the ladder
     * @param owner       who owns it
     * @param timeBoxDays how long it may run
     * @param dueOn       when it is due
     * @param reason      why this step
     */
    public record NextStepAdvice(EscalationStep step, String owner, int timeBoxDays, LocalDate dueOn, String reason) {
    }

    /**
     * An eligible mediator.
     *
     * @param id       member or external mediator id
     * @param external whether it comes from outside the coalition
     * @param rank     1 for the best
     * @param reasons  why it is eligible and how it ranks
     */
    public record MediatorAdvice(String id, boolean external, int rank, List<String> reasons) {

        public MediatorAdvice {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * Whether a conflict can be resolved.
     *
     * @param value   the verdict
     * @param reasons why
     */
    public record ResolvabilityAdvice(Resolvability value, List<String> reasons) {

        public ResolvabilityAdvice {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * A dignified divergence: who leaves and the plan for it.
     *
     * @param leaving  the member that leaves
     * @param proposed whether the policy proposed it (the conflict did not name one)
     * @param reasons  why this member
     * @param plan     grace period, recognised contributions, settlement and the steering body after;
     *                 apply it with {@link CoalitionAdvisor#applyDivergence}
     */
    public record DivergenceAdvice(String leaving, boolean proposed, List<String> reasons, Divergence plan) {

        public DivergenceAdvice {
            reasons = List.copyOf(reasons);
            Objects.requireNonNull(plan, "plan");
        }
    }
}
