package dev.pygrade.exercise;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one exercise folder and checks it against the format: the schema of exercise.yaml, then what a schema
 * cannot say (files that must exist, tests that weights name, wrong solutions, the folder's name and day).
 * Every problem names the file, the field and what is wrong; all of them are reported at once.
 */
public final class ExerciseLoader {
    public static final String DESCRIPTOR = "exercise.yaml";
    public static final long MAX_FILE_BYTES = 256 * 1024;
    private static final Pattern TEST_FUNCTION = Pattern.compile("(?m)^(?:async\\s+)?def\\s+(test_\\w+)\\s*\\(");
    private static final Pattern DAY_FOLDER = Pattern.compile("^day(\\d{2})(-[a-z0-9-]+)?$");
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:schemas/exercise.v1.schema.json"));

    private final Set<String> supportedPythons;

    public ExerciseLoader(Set<String> supportedPythons) {
        this.supportedPythons = Set.copyOf(supportedPythons);
    }

    /** Loads the exercise in {@code directory}; {@code displayRoot} only shortens paths in messages. */
    public Exercise load(Path directory, Path displayRoot) {
        Problems problems = new Problems(displayRoot.relativize(directory).toString());
        Path descriptor = directory.resolve(DESCRIPTOR);
        if (!Files.isRegularFile(descriptor)) {
            problems.add(DESCRIPTOR, null, "is missing");
            throw problems.failure();
        }
        JsonNode yaml = readYaml(descriptor, problems);
        if (yaml == null) {
            throw problems.failure();
        }
        for (ValidationMessage message : SCHEMA.validate(yaml)) {
            problems.add(DESCRIPTOR, field(message), describe(message));
        }
        if (!problems.isEmpty()) {
            throw problems.failure();
        }
        Exercise exercise = build(directory, yaml, problems);
        if (!problems.isEmpty()) {
            throw problems.failure();
        }
        return exercise;
    }

    private Exercise build(Path directory, JsonNode yaml, Problems problems) {
        String id = yaml.get("id").asText();
        int day = yaml.get("day").asInt();
        ExerciseKind kind = ExerciseKind.fromWire(yaml.get("kind").asText()).orElseThrow();
        String module = yaml.path("module").asText("solution");
        String python = yaml.get("python").asText();
        if (!supportedPythons.contains(python)) {
            problems.add(
                    DESCRIPTOR, "python", "'" + python + "' is not available; the sandbox runs " + supportedPythons);
        }
        checkFolder(directory, id, day, problems);

        String statement = readText(directory, "README.md", true, problems);
        String starter = readText(directory, "starter.py", true, problems);
        Map<String, String> reference = new LinkedHashMap<>();
        if (kind != ExerciseKind.PREDICT_OUTPUT) {
            String solution = readText(directory, "solution.py", true, problems);
            if (solution != null) {
                reference.put(module + ".py", solution);
            }
        }
        Map<String, String> visible = new TreeMap<>();
        Map<String, String> hidden = new TreeMap<>();
        Map<String, String> support = new TreeMap<>();
        readTests(directory, visible, hidden, support, problems);
        if (kind != ExerciseKind.PREDICT_OUTPUT && (visible.isEmpty() || hidden.isEmpty())) {
            problems.add("tests/", null, "needs at least one test_visible*.py and one test_hidden*.py");
        }

        List<Snippet> snippets = readSnippets(yaml, kind, problems);
        Map<String, List<String>> functions = new LinkedHashMap<>();
        Stream.of(visible, hidden)
                .forEach(files -> files.forEach((file, text) -> functions.put(file, functions(text))));
        snippets.forEach(s -> functions
                .computeIfAbsent("test_predictions.py", f -> new ArrayList<>())
                .add("test_" + s.id()));
        Map<String, TestSpec> tests = readTestSpecs(yaml, functions, problems);
        List<WrongSolution> wrong = readWrong(directory, yaml, functions, problems);

        BenchmarkSpec benchmark = BenchmarkReader.read(
                yaml.path(BenchmarkReader.FIELD),
                kind,
                support,
                reference.get(module + ".py"),
                (field, message) -> problems.add(DESCRIPTOR, field, message));

        List<String> topics = new ArrayList<>();
        yaml.get("topics").forEach(t -> topics.add(t.asText()));
        return new Exercise(
                new ExerciseInfo(
                        id,
                        yaml.get("title").asText(),
                        day,
                        kind,
                        Difficulty.fromWire(yaml.get("difficulty").asText()).orElseThrow(),
                        List.copyOf(topics)),
                new RunSettings(python, module, Limits.read(yaml.path("limits"))),
                new Scoring(tests, snippets),
                new ExerciseFiles(statement, starter, visible, hidden, support, reference),
                wrong,
                benchmark,
                new ExerciseSource(contentHash(directory), directory));
    }

    private static void checkFolder(Path directory, String id, int day, Problems problems) {
        String folder = directory.getFileName().toString();
        if (!folder.equals(id)) {
            problems.add(DESCRIPTOR, "id", "'" + id + "' must equal the folder name '" + folder + "'");
        }
        Path parent = directory.getParent();
        if (parent != null) {
            Matcher matcher = DAY_FOLDER.matcher(parent.getFileName().toString());
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) != day) {
                problems.add(DESCRIPTOR, "day", day + " does not match the folder " + parent.getFileName());
            }
        }
    }

    private static void readTests(
            Path directory,
            Map<String, String> visible,
            Map<String, String> hidden,
            Map<String, String> support,
            Problems problems) {
        Path tests = directory.resolve("tests");
        if (!Files.isDirectory(tests)) {
            return;
        }
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = tests.relativize(path).toString();
                if (relative.contains("__pycache__")) {
                    continue;
                }
                String text = readText(directory, "tests/" + relative, true, problems);
                if (text == null) {
                    continue;
                }
                if (relative.matches("test_visible\\w*\\.py")) {
                    visible.put(relative, text);
                } else if (relative.matches("test_hidden\\w*\\.py")) {
                    hidden.put(relative, text);
                } else if (relative.startsWith("test_")) {
                    problems.add(
                            "tests/" + relative,
                            null,
                            "test files must be named test_visible*.py (shown) or test_hidden*.py (never shown)");
                } else {
                    support.put(relative, text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Snippet> readSnippets(JsonNode yaml, ExerciseKind kind, Problems problems) {
        JsonNode node = yaml.path("snippets");
        if (kind == ExerciseKind.PREDICT_OUTPUT && node.isMissingNode()) {
            problems.add(DESCRIPTOR, "snippets", "a predict-output exercise needs snippets");
        }
        if (kind != ExerciseKind.PREDICT_OUTPUT && !node.isMissingNode()) {
            problems.add(DESCRIPTOR, "snippets", "only predict-output exercises have snippets");
        }
        List<Snippet> snippets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode snippet = node.get(i);
            String id = snippet.get("id").asText();
            if (!ids.add(id)) {
                problems.add(DESCRIPTOR, "snippets[" + i + "].id", "'" + id + "' is used twice");
            }
            snippets.add(new Snippet(
                    id,
                    snippet.get("code").asText(),
                    snippet.path("weight").asDouble(1.0),
                    snippet.hasNonNull("hint") ? snippet.get("hint").asText() : null));
        }
        return List.copyOf(snippets);
    }

    private static Map<String, TestSpec> readTestSpecs(
            JsonNode yaml, Map<String, List<String>> functions, Problems problems) {
        Map<String, TestSpec> specs = new LinkedHashMap<>();
        yaml.path("tests").fields().forEachRemaining(entry -> {
            String testId = entry.getKey();
            checkTestExists(testId, functions, "tests." + testId, problems);
            JsonNode value = entry.getValue();
            specs.put(
                    testId,
                    value.isNumber()
                            ? new TestSpec(value.asDouble(), null)
                            : new TestSpec(
                                    value.path("weight").asDouble(1.0),
                                    value.hasNonNull("hint") ? value.get("hint").asText() : null));
        });
        return specs;
    }

    private static List<WrongSolution> readWrong(
            Path directory, JsonNode yaml, Map<String, List<String>> functions, Problems problems) {
        List<WrongSolution> wrong = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        JsonNode node = yaml.path("wrong");
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String file = entry.get("file").asText();
            declared.add(file);
            String source = readText(directory, file, true, problems);
            List<String> fails = new ArrayList<>();
            entry.path("fails").forEach(f -> fails.add(f.asText()));
            for (int j = 0; j < fails.size(); j++) {
                checkTestExists(fails.get(j), functions, "wrong[" + i + "].fails[" + j + "]", problems);
            }
            List<String> misses = entry.has("misses") ? new ArrayList<>() : null;
            entry.path("misses").forEach(m -> misses.add(m.asText()));
            if (misses != null && yaml.path("benchmark").isMissingNode()) {
                problems.add(
                        DESCRIPTOR, "wrong[" + i + "].misses", "names benchmark criteria, but there is no benchmark");
            }
            wrong.add(new WrongSolution(
                    file,
                    entry.get("status").asText(),
                    List.copyOf(fails),
                    misses == null ? null : List.copyOf(misses),
                    entry.get("why").asText(),
                    source));
        }
        Path wrongDir = directory.resolve("wrong");
        if (Files.isDirectory(wrongDir)) {
            try (Stream<Path> files = Files.list(wrongDir)) {
                files.filter(p -> p.toString().endsWith(".py"))
                        .map(p -> "wrong/" + p.getFileName())
                        .filter(f -> !declared.contains(f))
                        .sorted()
                        .forEach(f -> problems.add(f, null, "is not listed under 'wrong' in " + DESCRIPTOR));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(wrong);
    }

    private static void checkTestExists(
            String testId, Map<String, List<String>> functions, String field, Problems problems) {
        String[] parts = testId.split("::", 2);
        List<String> inFile = functions.get(parts[0]);
        if (inFile == null) {
            problems.add(DESCRIPTOR, field, "names test file '" + parts[0] + "', which does not exist");
        } else if (parts.length < 2 || !inFile.contains(parts[1])) {
            problems.add(DESCRIPTOR, field, "names test '" + testId + "', which is not defined in " + parts[0]);
        }
    }

    private static List<String> functions(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = TEST_FUNCTION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static JsonNode readYaml(Path descriptor, Problems problems) {
        try {
            JsonNode node = YAML.readTree(descriptor.toFile());
            if (node == null || !node.isObject()) {
                problems.add(DESCRIPTOR, null, "must be a YAML mapping of fields");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            problems.add(
                    DESCRIPTOR,
                    null,
                    "is not valid YAML: " + e.getOriginalMessage()
                            + (e.getLocation() != null
                                    ? " (line " + e.getLocation().getLineNr() + ")"
                                    : ""));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a UTF-8 text file of the exercise; records a problem when it is missing, too large or not UTF-8. */
    private static String readText(Path directory, String name, boolean required, Problems problems) {
        Path path = directory.resolve(name);
        try {
            if (!Files.isRegularFile(path)) {
                if (required) {
                    problems.add(name, null, "is missing");
                }
                return null;
            }
            if (Files.size(path) > MAX_FILE_BYTES) {
                problems.add(name, null, "is larger than " + MAX_FILE_BYTES / 1024 + " KiB");
                return null;
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(name, null, "is not UTF-8 text");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentHash(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path path : files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("__pycache__"))
                    .sorted()
                    .toList()) {
                digest.update(directory.relativize(path).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(path));
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(ValidationMessage message) {
        String path = message.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
        String property = message.getProperty();
        if (property != null && !property.isEmpty() && !path.endsWith(property)) {
            path = path.isEmpty() ? property : path + "." + property;
        }
        return path;
    }

    private static String describe(ValidationMessage message) {
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        return colon >= 0 && text.startsWith("$") ? text.substring(colon + 2) : text;
    }

    /** Problems of one exercise, with file paths shown relative to the catalog root. */
    private static final class Problems {
        private final String folder;
        private final List<ExerciseProblem> list = new ArrayList<>();

        Problems(String folder) {
            this.folder = folder;
        }

        void add(String file, String field, String message) {
            list.add(new ExerciseProblem(folder + "/" + file, field, message));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        ExerciseFormatException failure() {
            return new ExerciseFormatException(list);
        }
    }
}
