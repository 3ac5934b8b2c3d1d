package dev.pygrade.api.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pygrade.api.auth.SessionTokens;
import dev.pygrade.api.exercise.ExerciseCatalog;
import dev.pygrade.api.lti.platform.DeepLinkReturn;
import dev.pygrade.api.lti.platform.LaunchBuilder;
import dev.pygrade.api.lti.platform.TestPlatform;
import dev.pygrade.api.lti.support.Browser;
import dev.pygrade.api.lti.support.LtiAdmin;
import dev.pygrade.api.testing.Api;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tsugi.lti13.DeepLinkResponse;
import org.tsugi.lti13.objects.LaunchJWT;

/**
 * Deep linking with the Tsugi-based platform: an instructor's deep-linking launch opens the exercise picker, the
 * picked exercise goes back as a signed response that the platform validates with Tsugi's own validator, and the
 * link the platform then makes opens that exercise.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class LtiDeepLinkingTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SessionTokens sessions;

    @Inject
    ExerciseCatalog catalog;

    private final String tool = ConfigProvider.getConfig().getValue("pygrade.lti.base-url", String.class);
    private TestPlatform platform;
    private Browser browser;

    @BeforeEach
    void start() {
        platform = TestPlatform.start(tool, "pygrade-" + UUID.randomUUID(), "deployment-dl");
        new LtiAdmin(sessions).register(platform);
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.close();
        platform.close();
    }

    @Test
    void theInstructorPicksAnExerciseAndThePlatformValidatesTheResponse() throws Exception {
        Exercise grid = catalog.find(Api.GRID).orElseThrow();
        String data = "csrf:" + UUID.randomUUID();
        LaunchJWT request = LaunchBuilder.deepLinking(platform, "teacher-1", data);

        browser.open(platform.startUrl("teacher-1", tool + "/lti/launch", request));
        HtmlPage picker = browser.awaitPage("/lti/deep-link/", WAIT);
        assertThat(picker.asNormalizedText()).contains(grid.info().title());
        ((HtmlCheckBoxInput) picker.getElementById("pick-" + Api.GRID)).setChecked(true);
        ((HtmlElement) picker.getElementById("add")).click();
        HtmlPage back = browser.awaitPage(platform.baseUrl() + "/deep-link-return", WAIT);
        assertThat(back.getElementById("added").getTextContent()).isEqualTo("Added 1 item(s)");

        DeepLinkReturn returned = platform.deepLinkReturns().get(0);
        assertThat(returned.signatureValid())
                .as("Tsugi's DeepLinkResponse.validate")
                .isTrue();
        DeepLinkResponse response = returned.response();
        JSONObject body = response.getContentItem();
        assertThat(body.get("iss")).isEqualTo(platform.clientId());
        assertThat(body.get("aud")).isEqualTo(platform.issuer());
        assertThat(body.get("nonce")).isNotNull();
        assertThat(body.get("https://purl.imsglobal.org/spec/lti/claim/deployment_id"))
                .isEqualTo("deployment-dl");
        assertThat(body.get("https://purl.imsglobal.org/spec/lti/claim/version"))
                .isEqualTo("1.3.0");
        assertThat(body.get(DeepLinkResponse.DATA)).isEqualTo(data);
        JSONArray items = response.getDeepLinks();
        assertThat(items).hasSize(1);
        JSONObject item = response.getItemOfType(DeepLinkResponse.TYPE_LTILINKITEM);
        assertThat(item.get("title")).isEqualTo(grid.info().title());
        assertThat(item.get("url")).isEqualTo(tool + "/learn/" + Api.GRID);
        assertThat(item.get("custom").toString()).isEqualTo("{\"exercise_id\":\"" + Api.GRID + "\"}");
        Map<?, ?> lineItem = (Map<?, ?>) item.get("lineItem");
        assertThat(((Number) lineItem.get("scoreMaximum")).doubleValue()).isEqualTo(100.0);
        assertThat(lineItem.get("label")).isEqualTo(grid.info().title());

        // The platform now launches the link it made, with the item's url and custom parameters.
        LaunchJWT launch = LaunchBuilder.resourceLink(platform, "learner-9", "ignored", platform.lineitem("made"));
        launch.target_link_uri = (String) item.get("url");
        @SuppressWarnings("unchecked")
        Map<String, String> custom = (Map<String, String>) item.get("custom");
        launch.custom = custom;
        Browser learner = new Browser();
        try {
            learner.open(platform.startUrl("learner-9", launch.target_link_uri, launch));
            HtmlPage page = learner.awaitPage("/learn/" + Api.GRID, WAIT);
            assertThat(page.getElementById("title").getTextContent())
                    .isEqualTo(grid.info().title());
        } finally {
            learner.close();
        }
    }

    @Test
    void aPlatformThatTakesOneItemWithoutLineItemGetsExactlyThat() throws Exception {
        LaunchJWT request = LaunchBuilder.deepLinking(platform, "teacher-3", "one");
        request.deep_link.accept_multiple = false;
        request.deep_link.accept_lineitem = false;
        browser.open(platform.startUrl("teacher-3", tool + "/lti/launch", request));
        HtmlPage picker = browser.awaitPage("/lti/deep-link/", WAIT);
        assertThat(picker.getElementById("pick-" + Api.GRID)).isInstanceOf(HtmlRadioButtonInput.class);
        ((HtmlRadioButtonInput) picker.getElementById("pick-" + Api.GRID)).setChecked(true);
        ((HtmlElement) picker.getElementById("add")).click();
        browser.awaitPage(platform.baseUrl() + "/deep-link-return", WAIT);

        DeepLinkReturn returned = platform.deepLinkReturns().get(0);
        assertThat(returned.signatureValid())
                .as("Tsugi's DeepLinkResponse.validate")
                .isTrue();
        JSONObject item = returned.response().getItemOfType(DeepLinkResponse.TYPE_LTILINKITEM);
        assertThat(returned.response().getDeepLinks()).hasSize(1);
        assertThat(item.get("custom").toString()).isEqualTo("{\"exercise_id\":\"" + Api.GRID + "\"}");
        assertThat(item).doesNotContainKey("lineItem");
    }

    @Test
    void aDeepLinkingRequestIsAnsweredOnlyOnce() throws Exception {
        browser.open(platform.startUrl(
                "teacher-2", tool + "/lti/launch", LaunchBuilder.deepLinking(platform, "teacher-2", "d")));
        HtmlPage picker = browser.awaitPage("/lti/deep-link/", WAIT);
        String pickerUrl = picker.getUrl().toString();
        ((HtmlCheckBoxInput) picker.getElementById("pick-" + Api.GRID)).setChecked(true);
        ((HtmlElement) picker.getElementById("add")).click();
        browser.awaitPage(platform.baseUrl() + "/deep-link-return", WAIT);
        await().atMost(WAIT).until(() -> platform.deepLinkReturns().size() == 1);

        browser.open(pickerUrl);
        HtmlPage again = browser.awaitPage(pickerUrl, WAIT);
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(again.getElementById("reason").getTextContent()).isEqualTo("deep-link-answered");
    }
}
