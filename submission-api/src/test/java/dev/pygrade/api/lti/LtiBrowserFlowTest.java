package dev.pygrade.api.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pygrade.api.auth.SessionTokens;
import dev.pygrade.api.exercise.ExerciseCatalog;
import dev.pygrade.api.lti.platform.LaunchBuilder;
import dev.pygrade.api.lti.platform.ReceivedScore;
import dev.pygrade.api.lti.platform.TestPlatform;
import dev.pygrade.api.lti.platform.TokenGrant;
import dev.pygrade.api.lti.support.Browser;
import dev.pygrade.api.lti.support.LtiAdmin;
import dev.pygrade.api.lti.support.TestGrader;
import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Sql;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tsugi.ags2.objects.Score;
import org.tsugi.lti13.objects.LaunchJWT;

/**
 * The whole browser flow against a platform built on Tsugi's basiclti-util: the platform starts the login, the tool
 * redirects to the platform's authorization endpoint, the platform auto-posts a signed launch, the learner submits a
 * solution on the exercise page, the (test) grader grades it over Kafka, and the platform's gradebook receives the
 * score with the right body, content type and bearer token.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class LtiBrowserFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SOLUTION =
            "def make_grid(rows, cols, fill=0):\n" + "    return [[fill] * cols for _ in range(rows)]\n";

    @Inject
    SessionTokens sessions;

    @Inject
    ExerciseCatalog catalog;

    @Inject
    AgroalDataSource dataSource;

    private final String tool = ConfigProvider.getConfig().getValue("pygrade.lti.base-url", String.class);
    private TestPlatform platform;
    private TestGrader grader;
    private Browser browser;
    private long registration;

    @BeforeEach
    void start() {
        platform = TestPlatform.start(tool, "pygrade-" + UUID.randomUUID(), "deployment-1");
        registration = new LtiAdmin(sessions).register(platform);
        grader = new TestGrader(KafkaBroker.shared().bootstrapServers());
        browser = new Browser();
    }

    @AfterEach
    void stop() throws InterruptedException {
        browser.close();
        grader.close();
        platform.close();
    }

    @Test
    void aLearnerLaunchesSubmitsAndTheGradebookReceivesTheScore() {
        Exercise grid = catalog.find(Api.GRID).orElseThrow();
        String lineitem = platform.lineitem("grid-column");
        LaunchJWT launch = LaunchBuilder.resourceLink(platform, "learner-42", Api.GRID, lineitem);

        browser.open(platform.startUrl("learner-42", tool + "/learn/" + Api.GRID, launch));
        HtmlPage page = browser.awaitPage("/learn/" + Api.GRID, WAIT);

        assertThat(page.getElementById("title").getTextContent())
                .isEqualTo(grid.info().title());
        assertThat(page.getElementById("role").getTextContent()).isEqualTo("Learner view");
        assertThat(page.getElementById("statement").getTextContent())
                .isEqualTo(grid.files().statement());
        HtmlTextArea source = (HtmlTextArea) page.getElementById("source");
        assertThat(source.getText()).isEqualTo(grid.files().starter());
        Map<String, String> auth = platform.authRequests().get(0);
        assertThat(auth).containsEntry("lti_message_hint", "msg-learner-42").containsEntry("prompt", "none");

        source.setText(SOLUTION);
        click(page, "submit");
        browser.await(p -> text(p, "status").equals("graded"), WAIT, "the submission to be graded");
        assertThat(text(browser.current(), "score")).isEqualTo("4 / 4");
        assertThat(text(browser.current(), "summary")).isEqualTo("4 of 4 tests passed");

        await().atMost(WAIT).until(() -> platform.scores().size() == 1);
        ReceivedScore received = platform.scores().get(0);
        assertThat(received.path()).isEqualTo("/lineitems/grid-column/lineitem/scores");
        assertThat(received.contentType()).startsWith("application/vnd.ims.lis.v1.score+json");
        TokenGrant grant = platform.grants().get(0);
        assertThat(received.bearerToken()).isEqualTo(grant.accessToken());
        assertThat(grant.scope().split(" "))
                .containsExactlyInAnyOrder(
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem");
        Score score = received.score();
        assertThat(score.userId).isEqualTo("learner-42");
        assertThat(score.scoreGiven).isEqualTo(4.0);
        assertThat(score.scoreMaximum).isEqualTo(4.0);
        assertThat(score.activityProgress).isEqualTo(Score.ACTIVITY_COMPLETED);
        assertThat(score.gradingProgress).isEqualTo(Score.GRADING_FULLYGRADED);
        assertThat(score.comment).contains("4 of 4 tests passed");
        assertThat(OffsetDateTime.parse(score.timestamp)).isBeforeOrEqualTo(OffsetDateTime.now());

        Sql sql = new Sql(dataSource);
        List<Map<String, Object>> rows = sql.rows(
                "select s.learner_subject, s.course_id, p.status from submission s"
                        + " join lti_passback p on p.submission_id = s.id where s.learner_subject = ?",
                "lti:" + registration + ":learner-42");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0))
                .containsEntry("course_id", "lti:" + registration + ":course-101")
                .containsEntry("status", "sent");

        // A second try on the same page: a second score, with the cached token (no second token request).
        source = (HtmlTextArea) ((HtmlPage) browser.current()).getElementById("source");
        source.setText("def make_grid(rows, cols, fill=0):\n    pass\n");
        click((HtmlPage) browser.current(), "submit");
        await().atMost(WAIT).until(() -> platform.scores().size() == 2);
        assertThat(platform.scores().get(1).score().scoreGiven).isEqualTo(1.0);
        assertThat(platform.grants()).hasSize(1);
    }

    @Test
    void anInstructorGetsTheInstructorViewAndNoGradebookEntry() {
        LaunchJWT launch = LaunchBuilder.resourceLink(platform, "teacher-7", Api.GRID, platform.lineitem("col"));
        launch.roles.clear();
        launch.roles.add(LaunchJWT.ROLE_INSTRUCTOR);

        browser.open(platform.startUrl("teacher-7", tool + "/learn/" + Api.GRID, launch));
        HtmlPage page = browser.awaitPage("/learn/" + Api.GRID, WAIT);
        assertThat(page.getElementById("role").getTextContent()).isEqualTo("Instructor view");
        assertThat(page.asNormalizedText()).contains("test_visible.py");

        ((HtmlTextArea) page.getElementById("source")).setText(SOLUTION);
        click(page, "submit");
        browser.await(p -> text(p, "status").equals("graded"), WAIT, "the submission to be graded");
        assertThat(new Sql(dataSource)
                        .count(
                                "select count(*) from lti_passback p join lti_launch l on l.id = p.launch_id"
                                        + " where l.registration_id = ?",
                                registration))
                .isZero();
        assertThat(platform.scores()).isEmpty();
    }

    private static void click(HtmlPage page, String id) {
        try {
            ((HtmlElement) page.getElementById(id)).click();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Page page, String id) {
        if (!(page instanceof HtmlPage html) || html.getElementById(id) == null) {
            return "";
        }
        return html.getElementById(id).getTextContent();
    }
}
