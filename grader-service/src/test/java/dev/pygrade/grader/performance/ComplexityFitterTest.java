package dev.pygrade.grader.performance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.grader.performance.ComplexityFitter.Fit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fitter on synthetic timings: each class with call overhead and 3 % noise is recognised. */
class ComplexityFitterTest {
    private static final List<Long> SIZES = List.of(1_000L, 3_000L, 10_000L, 30_000L, 100_000L);

    @ParameterizedTest
    @EnumSource(
            value = ComplexityClass.class,
            names = {"CONSTANT", "LOGARITHMIC", "LINEAR", "LINEARITHMIC", "QUADRATIC", "CUBIC"})
    void recognisesEachClassDespiteNoiseAndOverhead(ComplexityClass truth) {
        Random random = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            List<Double> times = new ArrayList<>();
            double scale = 1e6 / truth.growth(SIZES.get(0));
            for (long n : SIZES) {
                double noise = 1 + 0.03 * random.nextGaussian();
                times.add((2_000 + scale * truth.growth(n)) * noise);
            }
            Fit fit = ComplexityFitter.fit(SIZES, times);
            assertThat(fit.best()).as("trial %d: %s", trial, times).isEqualTo(truth);
        }
    }

    @Test
    void aLowerBoundRulesOutClassesThatPredictLess() {
        // Three complete sizes, then a size where the code ran out of time after 8e8: no line reaches that.
        List<Long> sizes = List.of(1_000L, 3_000L, 10_000L);
        List<Double> times = List.of(1e6, 9e6, 100e6);
        Fit fit = ComplexityFitter.fit(sizes, times, Map.of(30_000L, 8e8));
        assertThat(fit.weightOf(ComplexityClass.LINEAR)).isZero();
        assertThat(fit.weightOf(ComplexityClass.LINEARITHMIC)).isZero();
        assertThat(fit.best()).isEqualTo(ComplexityClass.QUADRATIC);
    }

    @Test
    void cacheDriftOfLinearCodeDoesNotRuleOutLinear() {
        // Measured here: a linear dict loop against a linear set() reference, learner/reference ratio times n.
        // The ratio rose 17% over the last decade (caches); precise samples alone would call that a sure n log n.
        List<Double> normalised = List.of(4.00e3, 7.68e3, 20.7e3, 66.8e3, 242e3);
        Fit fit = ComplexityFitter.fit(SIZES, normalised);
        assertThat(fit.weightOf(ComplexityClass.LINEAR)).isGreaterThanOrEqualTo(ComplexityCriterion.RULED_OUT);
        assertThat(fit.weightOf(ComplexityClass.QUADRATIC)).isLessThan(ComplexityCriterion.RULED_OUT);
    }

    @Test
    void whenEveryClassContradictsTheBoundsTheFastestGrowingIsReported() {
        Fit fit = ComplexityFitter.fit(List.of(10L, 20L, 30L), List.of(1.0, 2.0, 3.0), Map.of(40L, 1e12));
        assertThat(fit.best()).isEqualTo(ComplexityClass.EXPONENTIAL);
    }

    @ParameterizedTest
    @EnumSource(
            value = ComplexityClass.class,
            names = {"LINEAR"})
    void confidenceIsAWeightBetweenZeroAndOne(ComplexityClass truth) {
        List<Double> times = SIZES.stream().map(n -> 1_000.0 * n).toList();
        Fit fit = ComplexityFitter.fit(SIZES, times);
        assertThat(fit.best()).isEqualTo(truth);
        assertThat(fit.confidence()).isBetween(0.5, 1.0);
        assertThat(fit.weights().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1.0, Offset.offset(1e-9));
        assertThat(ComplexityFitter.doublingFactor(SIZES, times)).isCloseTo(2.0, Offset.offset(1e-9));
    }
}
