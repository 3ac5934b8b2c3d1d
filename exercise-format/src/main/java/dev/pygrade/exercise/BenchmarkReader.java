package dev.pygrade.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pygrade.exercise.BenchmarkSpec.Band;
import dev.pygrade.exercise.BenchmarkSpec.ComplexityBudget;
import dev.pygrade.exercise.BenchmarkSpec.InstancesBudget;
import dev.pygrade.exercise.BenchmarkSpec.MemoryBudget;
import dev.pygrade.exercise.BenchmarkSpec.SlotsBudget;
import dev.pygrade.exercise.BenchmarkSpec.TimeBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the `benchmark` block (its shape is already checked by the schema) and what the schema cannot check. */
final class BenchmarkReader {
    static final String FIELD = "benchmark";

    /** Reports a problem: (field, message). */
    interface Problems {
        void add(String field, String message);
    }

    private BenchmarkReader() {}

    static BenchmarkSpec read(
            JsonNode node, ExerciseKind kind, Map<String, String> support, String reference, Problems problems) {
        if (node.isMissingNode()) {
            return null;
        }
        if (kind != ExerciseKind.PERFORMANCE) {
            problems.add(FIELD, "only performance exercises have a benchmark");
        }
        String entry = node.hasNonNull("entry") ? node.get("entry").asText() : null;
        if (entry != null && reference != null && !defines(reference, "def", entry)) {
            problems.add(FIELD + ".entry", "the reference solution defines no function '" + entry + "'");
        }
        List<Integer> sizes = new ArrayList<>();
        node.path("sizes").forEach(size -> sizes.add(size.asInt()));
        sizes.sort(Integer::compare);
        TimeBudget time = time(node.path("time"), problems);
        ComplexityBudget complexity = complexity(node.path("complexity"));
        MemoryBudget memory = node.has("memory")
                ? new MemoryBudget(
                        node.at("/memory/weight").asDouble(),
                        node.at("/memory/size").asInt(),
                        Limits.size(node.at("/memory/max_peak")))
                : null;
        InstancesBudget instances = instances(node.path("instances"), reference, problems);
        SlotsBudget slots = slots(node.path("slots"), reference, problems);
        if ((time != null || complexity != null) && sizes.isEmpty()) {
            problems.add(FIELD + ".sizes", "time and complexity budgets need input sizes");
        }
        if (complexity != null && (sizes.size() < 3 || sizes.get(sizes.size() - 1) < 100L * sizes.get(0))) {
            problems.add(
                    FIELD + ".sizes",
                    "a complexity budget needs at least 3 sizes spanning two decades (largest >= 100 x smallest)");
        }
        String generatorFile =
                node.hasNonNull("generator") ? node.get("generator").asText() : null;
        String generator = null;
        if (generatorFile != null) {
            generator = support.get(generatorFile.substring("tests/".length()));
            if (generator == null) {
                problems.add(FIELD + ".generator", "'" + generatorFile + "' is not a support file of the exercise");
            } else if (!defines(generator, "def", "make_input")) {
                problems.add(FIELD + ".generator", "'" + generatorFile + "' defines no make_input(n, rng)");
            }
        } else if (!sizes.isEmpty() || memory != null) {
            problems.add(FIELD + ".generator", "sizes and memory budgets need an input generator");
        }
        if (entry == null && (!sizes.isEmpty() || memory != null)) {
            problems.add(FIELD + ".entry", "sizes and memory budgets need the function to call");
        }
        if (time == null && complexity == null && memory == null && instances == null && slots == null) {
            problems.add(FIELD, "grades nothing: give at least one of time, complexity, memory, instances, slots");
        }
        return new BenchmarkSpec(
                entry,
                generatorFile,
                generator,
                node.path("seed").asLong(0),
                List.copyOf(sizes),
                node.path("copy_input_each_call").asBoolean(false),
                time,
                complexity,
                memory,
                instances,
                slots);
    }

    private static TimeBudget time(JsonNode node, Problems problems) {
        if (node.isMissingNode()) {
            return null;
        }
        double maxRatio = node.get("max_ratio").asDouble();
        List<Band> bands = new ArrayList<>();
        double previousRatio = maxRatio;
        double previousCredit = 1.0;
        for (int i = 0; i < node.path("bands").size(); i++) {
            JsonNode band = node.get("bands").get(i);
            Band read = new Band(
                    band.get("max_ratio").asDouble(), band.get("credit").asDouble());
            if (read.maxRatio() <= previousRatio || read.credit() >= previousCredit) {
                problems.add(
                        FIELD + ".time.bands[" + i + "]",
                        "bands must allow ever larger ratios for ever smaller credit");
            }
            previousRatio = read.maxRatio();
            previousCredit = read.credit();
            bands.add(read);
        }
        return new TimeBudget(node.get("weight").asDouble(), maxRatio, List.copyOf(bands));
    }

    private static ComplexityBudget complexity(JsonNode node) {
        if (node.isMissingNode()) {
            return null;
        }
        List<String> allowed = new ArrayList<>();
        node.get("allowed").forEach(c -> allowed.add(c.asText()));
        String reference = node.hasNonNull("reference") ? node.get("reference").asText() : allowed.get(0);
        return new ComplexityBudget(node.get("weight").asDouble(), List.copyOf(allowed), reference);
    }

    private static InstancesBudget instances(JsonNode node, String reference, Problems problems) {
        if (node.isMissingNode()) {
            return null;
        }
        String className = node.get("class").asText();
        checkClass(className, reference, FIELD + ".instances.class", problems);
        return new InstancesBudget(
                node.get("weight").asDouble(),
                className,
                node.get("factory").asText(),
                node.get("count").asInt(),
                node.get("max_bytes").asDouble());
    }

    private static SlotsBudget slots(JsonNode node, String reference, Problems problems) {
        if (node.isMissingNode()) {
            return null;
        }
        List<String> classes = new ArrayList<>();
        node.get("classes").forEach(c -> classes.add(c.asText()));
        for (int i = 0; i < classes.size(); i++) {
            checkClass(classes.get(i), reference, FIELD + ".slots.classes[" + i + "]", problems);
        }
        return new SlotsBudget(node.get("weight").asDouble(), List.copyOf(classes));
    }

    private static void checkClass(String name, String reference, String field, Problems problems) {
        if (reference != null && !defines(reference, "class", name)) {
            problems.add(field, "the reference solution defines no class '" + name + "'");
        }
    }

    private static boolean defines(String source, String keyword, String name) {
        return Pattern.compile("(?m)^" + keyword + "\\s+" + Pattern.quote(name) + "\\b")
                .matcher(source)
                .find();
    }
}
