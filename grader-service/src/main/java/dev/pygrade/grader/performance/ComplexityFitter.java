package dev.pygrade.grader.performance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Fits time(n) = a + c·g(n) for each complexity class by least squares on relative errors (a constant overhead
 * a ≥ 0 keeps small sizes from bending the fit), then compares the classes by the corrected Akaike information
 * criterion. The confidence of the best class is its Akaike weight: how much better it explains the data than
 * all the others together.
 *
 * <p>The residuals carry a floor of {@link #SYSTEMATIC_ERROR}: on a real machine the times of code of one class
 * stray from its ideal curve by that much and more over two decades (caches, memory bandwidth; e.g. a linear dict
 * loop grew 17% faster than its linear reference from n = 10^4 to 10^5 here), however tight the samples are.
 * Without it, precise timings would make such drift look like a certain O(n log n).
 */
public final class ComplexityFitter {
    /** Relative deviation from the ideal curve that a class's own timings show on real hardware. */
    static final double SYSTEMATIC_ERROR = 0.05;

    private ComplexityFitter() {}

    /** A fitted class: Akaike weights of every class, the best one's coefficients. */
    public record Fit(
            ComplexityClass best, double confidence, Map<ComplexityClass, Double> weights, double a, double c) {

        public double predict(double n) {
            return a + c * best.growth(n);
        }

        public double weightOf(ComplexityClass complexityClass) {
            return weights.getOrDefault(complexityClass, 0.0);
        }
    }

    /** Fits sizes n (ascending, at least 3) and times t (any unit, positive). */
    public static Fit fit(List<Long> n, List<Double> t) {
        return fit(n, t, Map.of());
    }

    /**
     * Fits complete sizes n and times t; {@code lowerBounds} (size to time) are sizes where the code ran out of
     * time: a class that predicts well below such a bound is ruled out.
     */
    public static Fit fit(List<Long> n, List<Double> t, Map<Long, Double> lowerBounds) {
        if (n.size() != t.size() || n.size() < 3) {
            throw new IllegalArgumentException("need at least 3 sizes with a time each");
        }
        int m = n.size();
        Map<ComplexityClass, Double> aic = new EnumMap<>(ComplexityClass.class);
        Map<ComplexityClass, double[]> coefficients = new EnumMap<>(ComplexityClass.class);
        for (ComplexityClass candidate : ComplexityClass.values()) {
            if (n.stream().anyMatch(size -> candidate.growth(size) > 1e150)) {
                aic.put(candidate, Double.POSITIVE_INFINITY); // 2^n at these sizes: beyond anything measurable
                coefficients.put(candidate, new double[] {0, 0});
                continue;
            }
            double[] ac = candidate == ComplexityClass.CONSTANT ? constant(t) : fitOne(candidate, n, t);
            double rss = m * SYSTEMATIC_ERROR * SYSTEMATIC_ERROR;
            for (int i = 0; i < m; i++) {
                double relative = (t.get(i) - ac[0] - ac[1] * candidate.growth(n.get(i))) / t.get(i);
                rss += relative * relative;
            }
            int k = candidate == ComplexityClass.CONSTANT ? 1 : 2;
            double corrected = m - k - 1 > 0 ? 2.0 * k * (k + 1) / (m - k - 1) : 2.0 * k * (k + 1);
            boolean contradicted = lowerBounds.entrySet().stream()
                    .anyMatch(bound -> ac[0] + ac[1] * candidate.growth(bound.getKey()) < bound.getValue() / 1.2);
            double criterion = m * Math.log(rss / m) + 2 * k + corrected;
            aic.put(candidate, contradicted || !Double.isFinite(criterion) ? Double.POSITIVE_INFINITY : criterion);
            coefficients.put(candidate, ac);
        }
        double min =
                aic.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        if (Double.isInfinite(min)) {
            // Every class contradicts the lower bounds: the fastest-growing one is the least wrong.
            aic.put(ComplexityClass.EXPONENTIAL, 0.0);
            min = 0;
        }
        Map<ComplexityClass, Double> weights = new EnumMap<>(ComplexityClass.class);
        double total = 0;
        for (Map.Entry<ComplexityClass, Double> entry : aic.entrySet()) {
            double likelihood = Math.exp(-(entry.getValue() - min) / 2);
            weights.put(entry.getKey(), likelihood);
            total += likelihood;
        }
        ComplexityClass best = ComplexityClass.CONSTANT;
        for (ComplexityClass candidate : ComplexityClass.values()) {
            weights.put(candidate, weights.get(candidate) / total);
            if (weights.get(candidate) > weights.get(best)) {
                best = candidate;
            }
        }
        double[] ac = coefficients.get(best);
        return new Fit(best, weights.get(best), Map.copyOf(weights), ac[0], ac[1]);
    }

    /** Slope of log t over log n between the two largest sizes: doubling n multiplies t by 2^slope. */
    public static double doublingFactor(List<Long> n, List<Double> t) {
        int last = n.size() - 1;
        double slope = Math.log(t.get(last) / t.get(last - 1)) / Math.log((double) n.get(last) / n.get(last - 1));
        return Math.pow(2, slope);
    }

    private static double[] constant(List<Double> t) {
        double weighted = 0;
        double weights = 0;
        for (double value : t) {
            weighted += 1 / value;
            weights += 1 / (value * value);
        }
        return new double[] {weighted / weights, 0};
    }

    /** Weighted least squares (weights 1/t²) of t = a + c·g, with a ≥ 0 and c ≥ 0. */
    private static double[] fitOne(ComplexityClass candidate, List<Long> n, List<Double> t) {
        double sw = 0;
        double sg = 0;
        double sgg = 0;
        double st = 0;
        double sgt = 0;
        for (int i = 0; i < n.size(); i++) {
            double w = 1 / (t.get(i) * t.get(i));
            double g = candidate.growth(n.get(i));
            sw += w;
            sg += w * g;
            sgg += w * g * g;
            st += w * t.get(i);
            sgt += w * g * t.get(i);
        }
        double determinant = sw * sgg - sg * sg;
        if (Math.abs(determinant) > 0 && Double.isFinite(determinant)) {
            double a = (st * sgg - sg * sgt) / determinant;
            double c = (sw * sgt - sg * st) / determinant;
            if (a >= 0 && c >= 0) {
                return new double[] {a, c};
            }
        }
        double c = sgg > 0 && Double.isFinite(sgg) ? Math.max(0, sgt / sgg) : 0;
        return new double[] {0, c};
    }
}
