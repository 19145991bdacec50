package dev.coalition.rules.api;

import dev.coalition.conflict.Conflict;
import dev.coalition.core.Coalition;
import dev.coalition.policy.SettingsException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * An advisor whose policy can be reloaded while it serves: {@link #reload(CoalitionAdvisor.Builder)}
 * builds a new {@link CoalitionAdvisor} and swaps it in atomically; a build that fails leaves the
 * advisor in service and returns its problems. Final and thread-safe.
 *
 * <p>Decisions go through {@link #with(Function)}: the function gets one advisor and keeps it for
 * the whole call, so everything it decides comes from one policy, and the answer carries that
 * advisor's policy hash. A call in flight finishes on the advisor it started with; a replaced
 * advisor is closed when its last call in flight has returned, so no call ever meets a closed
 * advisor. This one method (and the shorthands {@link #recommendGovernance}, {@link #distribute},
 * {@link #votingPower} and {@link #assessConflict}) was chosen over a copy of every method of
 * {@link CoalitionAdvisor}: it serves any decision, present or future, and lets a caller take
 * several decisions on the same policy. The function must finish its work before it returns (a
 * lazy stream such as {@code recommendGovernanceForEach} must be consumed inside it).
 *
 * <pre>{@code
 * ReloadingAdvisor advisor = ReloadingAdvisor.of(CoalitionAdvisor.withDefaultPolicies());
 * ReloadingAdvisor.Answer<GovernanceRecommendation> advice = advisor.recommendGovernance(coalition);
 * advice.value().mode();  advice.policyHash();              // which policy decided
 * ReloadResult result = advisor.reload(Path.of("my-policy"));
 * if (!result.reloaded()) log.warn(result.describe());      // the old policy is still in service
 * }</pre>
 */
public final class ReloadingAdvisor implements AutoCloseable {

    private final AtomicReference<Generation> current;
    private final Object reloading = new Object();
    private boolean closed;   // guarded by reloading

    private ReloadingAdvisor(CoalitionAdvisor first) {
        this.current = new AtomicReference<>(new Generation(first, 0));
    }

    /**
     * A reloading advisor that serves {@code first} until the first reload; it takes ownership of
     * {@code first} and closes it when it is replaced or when this advisor is closed.
     */
    public static ReloadingAdvisor of(CoalitionAdvisor first) {
        if (first == null) {
            throw new IllegalArgumentException("first: is null; give an advisor such as CoalitionAdvisor.withDefaultPolicies()");
        }
        return new ReloadingAdvisor(first);
    }

    /**
     * An answer and the advisor that gave it.
     *
     * @param value      what the decision returned
     * @param policyHash the policy hash of the advisor that decided ({@link CoalitionAdvisor#policyHash()})
     * @param generation which advisor decided: 0 for the first, one more per successful reload
     * @param <T>        the answer's type
     */
    public record Answer<T>(T value, String policyHash, long generation) {
    }

    /**
     * Takes a decision on the advisor in service: the function runs on one advisor, which stays open
     * until the function returns, whatever reloads happen meanwhile.
     *
     * @throws IllegalStateException if this advisor has been closed
     */
    public <T> Answer<T> with(Function<CoalitionAdvisor, T> decision) {
        if (decision == null) {
            throw new IllegalArgumentException("decision: is null; give a function such as advisor -> advisor.recommendGovernance(c)");
        }
        Generation generation = enter();
        try {
            return new Answer<>(decision.apply(generation.advisor), generation.policyHash, generation.number);
        } finally {
            generation.exit();
        }
    }

    /** {@link CoalitionAdvisor#recommendGovernance(Coalition)} on the advisor in service. */
    public Answer<GovernanceRecommendation> recommendGovernance(Coalition coalition) {
        return with(a -> a.recommendGovernance(coalition));
    }

    /** {@link CoalitionAdvisor#distribute(Coalition, DistributionRequest)} on the advisor in service. */
    public Answer<DistributionAdvice> distribute(Coalition coalition, DistributionRequest request) {
        return with(a -> a.distribute(coalition, request));
    }

    /** {@link CoalitionAdvisor#votingPower(Coalition, long)} on the advisor in service. */
    public Answer<VotingAdvice> votingPower(Coalition coalition, long quota) {
        return with(a -> a.votingPower(coalition, quota));
    }

    /** {@link CoalitionAdvisor#assessConflict(Coalition, Conflict, LocalDate)} on the advisor in service. */
    public Answer<ConflictAssessment> assessConflict(Coalition coalition, Conflict conflict, LocalDate asOf) {
        return with(a -> a.assessConflict(coalition, conflict, asOf));
    }

    /**
     * Builds a new advisor and, if it builds, prepares every decision area and swaps it in; the
     * replaced advisor is closed once its calls in flight have finished. If it does not build (a
     * policy that does not compile or that the lint refuses, a bad setting, a missing directory),
     * the advisor in service stays and the result says why. Reloads are serialised.
     *
     * @param builder the new advisor's configuration (builders are not thread-safe: do not share one)
     * @throws IllegalStateException if this advisor has been closed
     */
    public ReloadResult reload(CoalitionAdvisor.Builder builder) {
        if (builder == null) {
            throw new IllegalArgumentException("builder: is null; give CoalitionAdvisor.builder() with the new policy and settings");
        }
        synchronized (reloading) {
            ensureOpen();
            Generation old = current.get();
            CoalitionAdvisor fresh;
            try {
                fresh = builder.build();
            } catch (PolicyCompilationException e) {
                return ReloadResult.kept(old.policyHash, old.number,
                        e.diagnostics().stream().map(PolicyDiagnostic::toString).toList(), e.diagnostics());
            } catch (SettingsException e) {
                return ReloadResult.kept(old.policyHash, old.number, e.problems(), List.of());
            } catch (PolicyRuntimeException | IllegalArgumentException | UncheckedIOException e) {
                return ReloadResult.kept(old.policyHash, old.number, List.of(String.valueOf(e.getMessage())), List.of());
            }
            try {
                fresh.prepare();
            } catch (RuntimeException e) {
                fresh.close();
                return ReloadResult.kept(old.policyHash, old.number, List.of(String.valueOf(e.getMessage())), List.of());
            }
            Generation next = new Generation(fresh, old.number + 1);
            current.set(next);
            old.retire();
            return ReloadResult.swapped(next.policyHash, next.number);
        }
    }

    /** Reloads the bundled policy with a directory of your own files: {@code reload(CoalitionAdvisor.builder().policyDirectory(directory))}. */
    public ReloadResult reload(Path policyDirectory) {
        if (policyDirectory == null) {
            throw new IllegalArgumentException("policyDirectory: is null; give the directory of your *.drl and *.settings.properties files");
        }
        return reload(CoalitionAdvisor.builder().policyDirectory(policyDirectory));
    }

    /** The policy hash of the advisor in service. */
    public String policyHash() {
        return current.get().policyHash;
    }

    /** The generation in service: 0 for the first advisor, one more per successful reload. */
    public long generation() {
        return current.get().number;
    }

    /**
     * Closes the advisor in service once its calls in flight have finished; later calls and
     * reloads fail with {@link IllegalStateException}. Idempotent.
     */
    @Override
    public void close() {
        synchronized (reloading) {
            if (!closed) {
                closed = true;
                current.get().retire();
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this ReloadingAdvisor is closed; build a new one with ReloadingAdvisor.of(advisor)");
        }
    }

    /** Enters the generation in service, retrying when it was retired between reading and entering it. */
    private Generation enter() {
        while (true) {
            Generation generation = current.get();
            if (generation.tryEnter()) {
                return generation;
            }
            if (generation == current.get()) {
                throw new IllegalStateException("this ReloadingAdvisor is closed; build a new one with ReloadingAdvisor.of(advisor)");
            }
        }
    }

    /**
     * One advisor in service, and its calls in flight. {@code holds} counts them plus one for being
     * in service; the advisor is closed when it drops to 0, after which no call can enter.
     */
    private static final class Generation {
        private final CoalitionAdvisor advisor;
        private final String policyHash;
        private final long number;
        private final AtomicInteger holds = new AtomicInteger(1);

        Generation(CoalitionAdvisor advisor, long number) {
            this.advisor = advisor;
            this.policyHash = advisor.policyHash();
            this.number = number;
        }

        boolean tryEnter() {
            int held = holds.get();
            while (held > 0) {
                if (holds.compareAndSet(held, held + 1)) {
                    return true;
                }
                held = holds.get();
            }
            return false;
        }

        void exit() {
            if (holds.decrementAndGet() == 0) {
                advisor.close();
            }
        }

        /** Takes it out of service: closed now if no call is in flight, else by the last one to finish. */
        void retire() {
            exit();
        }
    }
}
