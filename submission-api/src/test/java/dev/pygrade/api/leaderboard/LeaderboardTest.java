package dev.pygrade.api.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Grader;
import dev.pygrade.api.testing.KafkaTestClients;
import dev.pygrade.api.testing.Keys;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Leaderboards over the real broker and database: opting in and out, pseudonyms, ranking of passed results only,
 * learners who did not opt in staying off, nothing but pseudonyms in any answer, regrades and redeliveries. Boards are
 * shared with other tests (the access matrix opts its callers in), so assertions look at this test's own learners;
 * each scenario uses its own performance exercise.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class LeaderboardTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ME = "/api/v1/me/leaderboard";
    private static final String PROBLEMS = "https://pygrade.dev/problems/";

    @Test
    void optInWithAndWithoutPseudonymAndRefuseTakenOrInvalidOnes() {
        String course = "course-" + UUID.randomUUID();
        String generated = Keys.session("learner-" + UUID.randomUUID(), course);
        String named = Keys.session("learner-" + UUID.randomUUID(), course);
        String late = Keys.session("learner-" + UUID.randomUUID(), course);

        Api.as(generated).get(ME).then().statusCode(200).body("optedIn", equalTo(false));
        String anon = optIn(generated, null).getString("pseudonym");
        assertThat(anon).matches("anon-[a-z0-9]{6}");
        Api.as(generated)
                .get(ME)
                .then()
                .statusCode(200)
                .body("optedIn", equalTo(true))
                .body("pseudonym", equalTo(anon))
                .body("optedInAt", matchesPattern("\\d{4}-.*"));
        // Opting in again without a name keeps the name; an empty body means the same.
        assertThat(optIn(generated, null).getString("pseudonym")).isEqualTo(anon);
        Api.as(generated)
                .contentType(ContentType.JSON)
                .put(ME)
                .then()
                .statusCode(200)
                .body("pseudonym", equalTo(anon));

        String bee = "Bee_" + suffix();
        assertThat(optIn(named, bee).getString("pseudonym")).isEqualTo(bee);

        // Taken, in any case: 409, and nothing is written for the refused caller.
        assertProblem(put(late, bee.toUpperCase()), 409, "pseudonym-taken")
                .body(
                        "detail",
                        equalTo("pseudonym '" + bee.toUpperCase()
                                + "' is taken; choose another, or leave it out to get a generated one"));
        assertProblem(put(late, anon.toUpperCase()), 409, "pseudonym-taken");
        Api.as(late).get(ME).then().body("optedIn", equalTo(false)).body("pseudonym", equalTo(null));

        for (String invalid : List.of("ab", "x".repeat(25), "has space", "ünï-code", "a/b", "", "dot.ted")) {
            assertProblem(put(late, invalid), 422, "invalid-leaderboard-request")
                    .body("errors[0].field", equalTo("pseudonym"))
                    .body(
                            "detail",
                            equalTo("pseudonym must be 3 to 24 characters, each an ASCII letter, a digit, '-' or"
                                    + " '_'"));
        }
        assertThat(optIn(late, "x".repeat(24)).getString("pseudonym")).isEqualTo("x".repeat(24));
        Api.as(late)
                .contentType(ContentType.JSON)
                .body("{\"pseudonym\": 12345}")
                .put(ME)
                .then()
                .statusCode(400)
                .contentType(Api.PROBLEM_JSON);

        // Renaming frees the old name; changing only the case of one's own name is allowed.
        String bee2 = "Bee2-" + suffix();
        assertThat(optIn(named, bee2).getString("pseudonym")).isEqualTo(bee2);
        assertThat(optIn(named, bee2.toLowerCase()).getString("pseudonym")).isEqualTo(bee2.toLowerCase());
        String other = Keys.session("learner-" + UUID.randomUUID(), course);
        assertThat(optIn(other, bee).getString("pseudonym")).isEqualTo(bee);

        // Instructors take part for themselves too.
        String instructor = Keys.create("instructor", "teacher-" + UUID.randomUUID(), course)
                .key();
        assertThat(optIn(instructor, "Prof-" + suffix()).getBoolean("optedIn")).isTrue();
    }

    @Test
    void boardRanksOptedInLearnersByBestPassedRatioThenMemoryAndShowsOnlyPseudonyms() throws Exception {
        String exercise = "dedupe-fast";
        String course = "course-" + UUID.randomUUID();
        String annSubject = "learner-" + UUID.randomUUID();
        String benSubject = "learner-" + UUID.randomUUID();
        String catSubject = "learner-" + UUID.randomUUID();
        String danSubject = "learner-" + UUID.randomUUID();
        String ann = Keys.session(annSubject, course);
        String ben = Keys.session(benSubject, course);
        String cat = Keys.session(catSubject, course);
        String dan = Keys.session(danSubject, course);
        String annName = "Ann-" + suffix();
        String benName = "Ben-" + suffix();
        String danName = "Dan-" + suffix();
        optIn(ben, benName);
        optIn(dan, danName);
        List<String> ids;
        try (Grader grader = new Grader(bootstrap())) {
            String ann1 = Api.submit(ann, exercise, "def dedupe(xs):\n    return list(dict.fromkeys(xs))\n");
            String ann2 = Api.submit(ann, exercise, "def dedupe(xs):\n    return list(dict.fromkeys(xs))  # 2\n");
            String ann3 = Api.submit(ann, exercise, "def dedupe(xs):\n    return xs\n");
            String ben1 = Api.submit(ben, exercise, "def dedupe(xs):\n    return list(dict.fromkeys(xs))  # b\n");
            String cat1 = Api.submit(cat, exercise, "def dedupe(xs):\n    return list(dict.fromkeys(xs))  # c\n");
            String dan1 = Api.submit(dan, exercise, "def dedupe(xs):\n    return []\n");
            ids = List.of(ann1, ann2, ann3, ben1, cat1, dan1);
            grader.completePerformance(ann1, 1, GradingStatus.PASSED, 1.5, 2_000L);
            grader.completePerformance(ann2, 1, GradingStatus.PASSED, 1.25, 3_000L);
            // Faster and leaner than anything, but failed: never counts.
            grader.completePerformance(ann3, 1, GradingStatus.FAILED, 0.5, 10L);
            grader.completePerformance(ben1, 1, GradingStatus.PASSED, 1.25, 1_500L);
            grader.completePerformance(cat1, 1, GradingStatus.PASSED, 0.9, 900L);
            grader.completePerformance(dan1, 1, GradingStatus.TIMEOUT, 0.25, 20L);
            for (String id : ids) {
                await().atMost(WAIT).until(() -> "graded".equals(Api.get(id).getString("status")));
            }
            // Ann opts in after her results were graded: they count all the same.
            optIn(ann, annName);

            JsonPath board = board(ann, exercise, 50);
            List<Map<String, Object>> ours = ours(board, annName, benName, danName);
            // Same ratio: Ben's lower peak ranks him first. Dan (no passed result) and Cat (not opted in) are absent.
            assertThat(ours).extracting(r -> r.get("pseudonym")).containsExactly(benName, annName);
            Map<String, Object> benRow = ours.get(0);
            Map<String, Object> annRow = ours.get(1);
            assertThat(benRow.get("medianRatio")).isEqualTo(1.25f);
            assertThat(benRow.get("peakBytes")).isEqualTo(1500);
            assertThat(benRow.get("you")).isEqualTo(false);
            // Ann's best ratio is that of her second submission, her best peak that of her first.
            assertThat(annRow.get("medianRatio")).isEqualTo(1.25f);
            assertThat(annRow.get("peakBytes")).isEqualTo(2000);
            assertThat(Instant.parse((String) annRow.get("achievedAt"))).isEqualTo(createdAt(ann2));
            assertThat(Instant.parse((String) annRow.get("peakBytesAchievedAt")))
                    .isEqualTo(createdAt(ann1));
            assertThat(annRow.get("you")).isEqualTo(true);
            assertThat((Integer) annRow.get("rank")).isGreaterThan((Integer) benRow.get("rank"));
            assertThat(board.getInt("yourRank")).isEqualTo(annRow.get("rank"));
            assertThat(board.getList("entries.findAll { it.you == true }")).hasSize(1);
            assertThat(board.getList("entries.medianRatio", Float.class)).doesNotContain(0.5f, 0.9f, 0.25f);
            assertThat(board.getString("exerciseId")).isEqualTo(exercise);

            // Ben sees himself as "you", not Ann.
            JsonPath asBen = board(ben, exercise, 50);
            assertThat(ours(asBen, annName, benName))
                    .extracting(r -> r.get("you"))
                    .containsExactly(true, false);
            // Dan is opted in but has no passed result: not on the board.
            assertThat(board(dan, exercise, 50).getString("yourRank")).isNull();
            // Cat has a best stored, shown to her alone, until she opts in.
            Api.as(cat)
                    .get(ME)
                    .then()
                    .body("optedIn", equalTo(false))
                    .body("bests.find { it.exerciseId == '" + exercise + "' }.medianRatio", equalTo(0.9f));
            String catName = "Cat-" + suffix();
            optIn(cat, catName);
            assertThat(ours(board(ann, exercise, 50), annName, benName, catName))
                    .extracting(r -> r.get("pseudonym"))
                    .containsExactly(catName, benName, annName);

            assertThat(board(ann, exercise, 1).getList("entries")).hasSize(1);
            assertThat(board(ann, exercise, 1).getInt("total")).isGreaterThanOrEqualTo(3);
            Api.as(ann)
                    .queryParam("limit", 0)
                    .get("/api/v1/exercises/" + exercise + "/leaderboard")
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEMS + "invalid-parameter"));
        }

        // Nothing but pseudonyms and figures, for learners, instructors and admins alike.
        String instructor = Keys.create("instructor", "teacher-" + UUID.randomUUID(), course)
                .key();
        for (String caller : List.of(ann, ben, instructor, Api.ADMIN_KEY)) {
            Response response = Api.as(caller).get("/api/v1/exercises/" + exercise + "/leaderboard");
            response.then().statusCode(200);
            String body = response.asString();
            for (String secret : List.of(annSubject, benSubject, catSubject, danSubject, course)) {
                assertThat(body).doesNotContain(secret);
            }
            for (String id : ids) {
                assertThat(body).doesNotContain(id);
            }
            JsonPath json = response.jsonPath();
            assertThat(json.getMap("$").keySet())
                    .containsExactlyInAnyOrder("exerciseId", "total", "yourRank", "entries");
            for (Map<String, Object> row : json.<Map<String, Object>>getList("entries")) {
                assertThat(row.keySet())
                        .containsExactlyInAnyOrder(
                                "rank",
                                "pseudonym",
                                "medianRatio",
                                "achievedAt",
                                "peakBytes",
                                "peakBytesAchievedAt",
                                "you");
            }
        }
    }

    @Test
    void optingOutRemovesFromBoardsAndOptingInAgainRestores() throws Exception {
        String exercise = "streaming-top-k";
        String course = "course-" + UUID.randomUUID();
        String eve = Keys.session("learner-" + UUID.randomUUID(), course);
        String eveName = "Eve_" + suffix();
        optIn(eve, eveName);
        try (Grader grader = new Grader(bootstrap())) {
            String id = Api.submit(eve, exercise, "def top_k(xs, k):\n    return sorted(xs)[-k:]\n");
            grader.completePerformance(id, 1, GradingStatus.PASSED, 2.0, null);
            await().atMost(WAIT).until(() -> "graded".equals(Api.get(id).getString("status")));
        }
        assertThat(ours(board(eve, exercise, 500), eveName)).hasSize(1);
        assertThat(ours(board(eve, exercise, 500), eveName).get(0).get("peakBytes"))
                .isNull();

        Api.as(eve)
                .delete(ME)
                .then()
                .statusCode(200)
                .body("optedIn", equalTo(false))
                .body("pseudonym", equalTo(eveName))
                .body("optedInAt", equalTo(null))
                .body("bests.find { it.exerciseId == '" + exercise + "' }.medianRatio", equalTo(2.0f));
        JsonPath without = board(eve, exercise, 500);
        assertThat(ours(without, eveName)).isEmpty();
        assertThat(without.getString("yourRank")).isNull();
        // Opting out twice is fine; the name stays reserved meanwhile.
        Api.as(eve).delete(ME).then().statusCode(200).body("optedIn", equalTo(false));
        String mallory = Keys.session("learner-" + UUID.randomUUID(), course);
        assertProblem(put(mallory, eveName), 409, "pseudonym-taken");

        assertThat(optIn(eve, null).getString("pseudonym")).isEqualTo(eveName);
        List<Map<String, Object>> back = ours(board(eve, exercise, 500), eveName);
        assertThat(back).hasSize(1);
        assertThat(back.get(0).get("medianRatio")).isEqualTo(2.0f);
        assertThat(back.get(0).get("you")).isEqualTo(true);
    }

    @Test
    void unknownExerciseIs404AndOtherKindsHaveNoBoard() {
        String learner = Keys.session("learner-" + UUID.randomUUID(), "course-x");
        Api.as(learner)
                .get("/api/v1/exercises/no-such-exercise/leaderboard")
                .then()
                .statusCode(404)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "exercise-not-found"))
                .body("detail", equalTo("exercise 'no-such-exercise' does not exist"));
        Api.as(learner)
                .get("/api/v1/exercises/" + Api.GRID + "/leaderboard")
                .then()
                .statusCode(409)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "not-a-performance-exercise"))
                .body(
                        "detail",
                        equalTo("exercise '" + Api.GRID
                                + "' is a implement exercise; only performance exercises have a leaderboard"));
    }

    @Test
    void redeliveriesChangeNothingAndAConfirmedRegradeCounts() throws Exception {
        String exercise = "pixels-with-slots";
        String course = "course-" + UUID.randomUUID();
        String faySubject = "learner-" + UUID.randomUUID();
        String fay = Keys.session(faySubject, course);
        String fayName = "Fay-" + suffix();
        optIn(fay, fayName);
        try (Grader grader = new Grader(bootstrap())) {
            String id = Api.submit(fay, exercise, "class Pixel:\n    __slots__ = ('x', 'y')\n");
            grader.completePerformance(id, 1, GradingStatus.PASSED, 1.5, 5_000L);
            await().atMost(WAIT).until(() -> "graded".equals(Api.get(id).getString("status")));
            assertThat(fayRow(fay, exercise, fayName)).containsEntry("medianRatio", 1.5f);

            // The same attempt again, with other figures: the first result stands, the board does not move.
            awaitProcessed(grader.completePerformance(id, 1, GradingStatus.PASSED, 0.1, 1L));
            assertThat(fayRow(fay, exercise, fayName))
                    .containsEntry("medianRatio", 1.5f)
                    .containsEntry("peakBytes", 5000);
            // The same figures offered with a later time, then twice with the true one (as a second publication would
            // offer them): one row, holding the earliest time of its bests.
            Instant submitted = createdAt(id);
            for (Instant at : List.of(submitted.plusSeconds(60), submitted, submitted)) {
                QuarkusTransaction.requiringNew()
                        .run(() ->
                                LeaderboardBest.offer(exercise, LearnerKey.of(faySubject, course), 0.75, 4_000L, at));
            }
            Map<String, Object> offered = fayRow(fay, exercise, fayName);
            assertThat(offered).containsEntry("medianRatio", 0.75f).containsEntry("peakBytes", 4000);
            assertThat(Instant.parse((String) offered.get("achievedAt"))).isEqualTo(submitted);
            assertThat(Instant.parse((String) offered.get("peakBytesAchievedAt")))
                    .isEqualTo(submitted);

            String regrade = startRegrade(exercise);
            JsonPath preview = Api.asAdmin()
                    .get("/api/v1/admin/regrades/" + regrade)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(preview.getList("items.submissionId")).contains(id);
            for (Object item : preview.getList("items.submissionId")) {
                int attempt = preview.getInt("items.find { it.submissionId == '" + item + "' }.attempt");
                grader.completePerformance((String) item, attempt, GradingStatus.PASSED, 0.5, 4_500L);
            }
            await().atMost(WAIT)
                    .until(() -> Api.asAdmin()
                                    .get("/api/v1/admin/regrades/" + regrade)
                                    .then()
                                    .extract()
                                    .jsonPath()
                                    .getInt("pending")
                            == 0);
            // A preview is not published: the board does not move.
            assertThat(fayRow(fay, exercise, fayName)).containsEntry("medianRatio", 0.75f);
            Api.asAdmin()
                    .post("/api/v1/admin/regrades/" + regrade + "/confirm")
                    .then()
                    .statusCode(200);
            // Confirmed: it counts like any published result (the lower peak of before is kept).
            Map<String, Object> regraded = fayRow(fay, exercise, fayName);
            assertThat(regraded).containsEntry("medianRatio", 0.5f).containsEntry("peakBytes", 4000);
            assertThat(Instant.parse((String) regraded.get("achievedAt"))).isEqualTo(createdAt(id));
        }
    }

    /**
     * A learner is a subject within a course: the same subject in another course has neither the first one's bests
     * nor its participation, and opting in there is a second entry of its own.
     */
    @Test
    void theSameSubjectInAnotherCourseIsAnotherLearner() throws Exception {
        String exercise = "newest-first";
        String subject = "learner-" + UUID.randomUUID();
        String inA = Keys.session(subject, "course-a-" + UUID.randomUUID());
        String inB = Keys.session(subject, "course-b-" + UUID.randomUUID());
        String nameA = "A-" + suffix();
        optIn(inA, nameA);
        try (Grader grader = new Grader(bootstrap())) {
            String id = Api.submit(inA, exercise, "def newest_first(items):\n    return items[::-1]\n");
            grader.completePerformance(id, 1, GradingStatus.PASSED, 1.25, 7_000L);
            await().atMost(WAIT)
                    .until(() -> !ours(board(inA, exercise, 500), nameA).isEmpty());
        }
        Api.as(inA).get(ME).then().statusCode(200).body("bests.exerciseId", Matchers.hasItem(exercise));
        Api.as(inB)
                .get(ME)
                .then()
                .statusCode(200)
                .body("optedIn", equalTo(false))
                .body("pseudonym", Matchers.nullValue())
                .body("bests", Matchers.empty());
        assertThat(board(inB, exercise, 500).getString("yourRank")).isNull();

        // The second learner may not take the first one's name, opts in under its own and has no entry without bests.
        assertProblem(put(inB, nameA), 409, "pseudonym-taken");
        String nameB = "B-" + suffix();
        optIn(inB, nameB);
        JsonPath seenByB = board(inB, exercise, 500);
        assertThat(ours(seenByB, nameA, nameB))
                .extracting(r -> r.get("pseudonym"))
                .containsExactly(nameA);
        assertThat(ours(seenByB, nameA)).extracting(r -> r.get("you")).containsExactly(false);
        assertThat(ours(board(inA, exercise, 500), nameA))
                .extracting(r -> r.get("you"))
                .containsExactly(true);
    }

    private static Map<String, Object> fayRow(String token, String exercise, String pseudonym) {
        List<Map<String, Object>> rows = ours(board(token, exercise, 500), pseudonym);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static String startRegrade(String exercise) {
        Response response = Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("exerciseId", exercise))
                .post("/api/v1/admin/regrades");
        if (response.statusCode() == 409) {
            String detail = response.path("detail");
            String open = detail.substring("regrade ".length(), detail.indexOf(' ', "regrade ".length()));
            Api.asAdmin().delete("/api/v1/admin/regrades/" + open).then().statusCode(200);
            return startRegrade(exercise);
        }
        return response.then().statusCode(201).extract().path("id");
    }

    private static JsonPath optIn(String token, String pseudonym) {
        return put(token, pseudonym)
                .then()
                .statusCode(200)
                .body("optedIn", equalTo(true))
                .extract()
                .jsonPath();
    }

    private static Response put(String token, String pseudonym) {
        String body = pseudonym == null ? "{}" : "{\"pseudonym\": \"" + pseudonym + "\"}";
        return Api.as(token).contentType(ContentType.JSON).body(body).put(ME);
    }

    private static ValidatableResponse assertProblem(Response response, int status, String type) {
        return response.then().statusCode(status).contentType(Api.PROBLEM_JSON).body("type", equalTo(PROBLEMS + type));
    }

    private static JsonPath board(String token, String exercise, int limit) {
        return Api.as(token)
                .queryParam("limit", limit)
                .get("/api/v1/exercises/" + exercise + "/leaderboard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The board's rows of these pseudonyms, in board order. */
    private static List<Map<String, Object>> ours(JsonPath board, String... pseudonyms) {
        List<String> names = List.of(pseudonyms);
        return board.<Map<String, Object>>getList("entries").stream()
                .filter(r -> names.contains((String) r.get("pseudonym")))
                .toList();
    }

    private static Instant createdAt(String id) {
        return Instant.parse(Api.get(id).getString("createdAt"));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String bootstrap() {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        KafkaTestClients.ensureTopics(bootstrap);
        return bootstrap;
    }

    /** Waits until the API's consumer group committed past {@code record}: it was processed. */
    private static void awaitProcessed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(WAIT).until(() -> KafkaTestClients.committedOffset(bootstrap(), partition) > record.offset());
    }
}
