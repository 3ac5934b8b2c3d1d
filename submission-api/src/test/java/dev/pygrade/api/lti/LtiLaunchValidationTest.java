package dev.pygrade.api.lti;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.auth.SessionTokens;
import dev.pygrade.api.lti.platform.LaunchBuilder;
import dev.pygrade.api.lti.platform.PlatformKeyPair;
import dev.pygrade.api.lti.platform.TestPlatform;
import dev.pygrade.api.lti.support.LaunchDriver;
import dev.pygrade.api.lti.support.LtiAdmin;
import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Sql;
import dev.pygrade.api.testing.TestClock;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tool-side cases of the IMS LTI 1.3 certification: every known-bad launch is refused with a clear page and
 * reason (never a stack trace), every valid variant is accepted with the right role, and nothing is accepted twice.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class LtiLaunchValidationTest {
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    @Inject
    SessionTokens sessions;

    @Inject
    DataSource dataSource;

    @Inject
    LtiConfig lti;

    @Inject
    TestClock clock;

    private final String tool = ConfigProvider.getConfig().getValue("pygrade.lti.base-url", String.class);
    /** One platform for the class, registered once (RestAssured knows the test port only from the first test). */
    private static TestPlatform platform;

    private static LaunchDriver driver;
    private static long registration;
    private LaunchDriver.Login login;

    @BeforeEach
    void login() {
        if (platform == null) {
            platform = TestPlatform.start(tool, "pygrade-" + UUID.randomUUID(), "deployment-1");
            registration = new LtiAdmin(sessions).register(platform);
            driver = new LaunchDriver(platform);
        }
        login = driver.login(tool + "/learn/" + Api.GRID);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }

    // --- known-bad launches ----------------------------------------------------------------------------------

    @Test
    void noKid() {
        refused(driver.launch(platform.key().sign(json(c -> {}), null), login.state()), "missing-kid");
    }

    @Test
    void wrongKid() {
        refused(driver.launch(platform.key().sign(json(c -> {}), "no-such-kid"), login.state()), "unknown-kid");
    }

    @Test
    void signedByAnotherKey() {
        String forged = new PlatformKeyPair().sign(json(c -> {}), platform.key().kid());
        refused(driver.launch(forged, login.state()), "bad-signature");
    }

    @Test
    void wrongLtiVersion() {
        refused(launch(c -> c.put(LTI + "version", "1.2.0")), "wrong-version");
    }

    @Test
    void noLtiVersion() {
        refused(launch(c -> c.remove(LTI + "version")), "missing-version");
    }

    @Test
    void notAJwt() {
        refused(driver.launch("this-is-not-a-jwt", login.state()), "not-a-jwt");
    }

    @Test
    void noLtiClaimsAtAll() {
        refused(
                launch(c -> c.keySet().removeIf(k -> k.startsWith("https://purl.imsglobal.org/"))),
                "missing-deployment-id");
    }

    @Test
    void expired() {
        long now = Instant.now().getEpochSecond();
        refused(
                launch(c -> {
                    c.put("iat", now - 7200);
                    c.put("exp", now - 3600);
                }),
                "expired");
    }

    @Test
    void issuedInTheFuture() {
        long now = Instant.now().getEpochSecond();
        refused(
                launch(c -> {
                    c.put("iat", now + 3600);
                    c.put("exp", now + 7200);
                }),
                "issued-in-future");
    }

    @Test
    void noTimestamps() {
        refused(
                launch(c -> {
                    c.remove("iat");
                    c.remove("exp");
                }),
                "missing-timestamps");
    }

    @Test
    void noMessageType() {
        refused(launch(c -> c.remove(LTI + "message_type")), "missing-message-type");
    }

    @Test
    void unknownMessageType() {
        refused(launch(c -> c.put(LTI + "message_type", "LtiSomethingElse")), "unsupported-message-type");
    }

    @Test
    void noRoles() {
        refused(launch(c -> c.remove(LTI + "roles")), "missing-roles");
    }

    @Test
    void noDeploymentId() {
        refused(launch(c -> c.remove(LTI + "deployment_id")), "missing-deployment-id");
    }

    @Test
    void unregisteredDeploymentId() {
        refused(launch(c -> c.put(LTI + "deployment_id", "deployment-nobody-made")), "unknown-deployment");
    }

    @Test
    void noResourceLinkId() {
        refused(launch(c -> ((Map<?, ?>) c.get(LTI + "resource_link")).remove("id")), "missing-resource-link-id");
    }

    @Test
    void noResourceLink() {
        refused(launch(c -> c.remove(LTI + "resource_link")), "missing-resource-link-id");
    }

    @Test
    void noSub() {
        refused(launch(c -> c.remove("sub")), "missing-sub");
    }

    @Test
    void wrongAudience() {
        refused(launch(c -> c.put("aud", "someone-else")), "wrong-audience");
    }

    @Test
    void wrongIssuer() {
        refused(launch(c -> c.put("iss", "https://evil.example")), "unknown-platform");
    }

    @Test
    void noState() {
        refused(driver.launch(platform.key().sign(json(c -> {})), null), "missing-state");
    }

    @Test
    void unknownState() {
        refused(driver.launch(platform.key().sign(json(c -> {})), "made-up-state"), "unknown-state");
    }

    @Test
    void unsignedToken() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String body = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json(c -> {}).getBytes());
        refused(driver.launch(header + "." + body + ".", login.state()), "not-a-jwt");
    }

    @Test
    void aReplayedNonceIsRefused() {
        String first = platform.key().sign(json(c -> {}));
        assertThat(driver.launch(first, login.state()).statusCode()).isEqualTo(303);
        LaunchDriver.Login second = driver.login(tool + "/learn/" + Api.GRID);
        // a new token, correctly signed, but carrying the first login's nonce
        String replay = platform.key().sign(LaunchBuilder.json(claims(c -> c.put("nonce", login.nonce()))));
        refused(driver.launch(replay, second.state()), "nonce-mismatch");
    }

    @Test
    void aReplayedIdTokenIsRefused() {
        String token = platform.key().sign(json(c -> {}));
        assertThat(driver.launch(token, login.state()).statusCode()).isEqualTo(303);
        refused(driver.launch(token, login.state()), "unknown-state");
        refused(driver.launch(token, driver.login(tool + "/learn/" + Api.GRID).state()), "nonce-mismatch");
    }

    @Test
    void aFailedLaunchUsesUpItsState() {
        refused(launch(c -> c.remove("sub")), "missing-sub");
        refused(driver.launch(platform.key().sign(json(c -> {})), login.state()), "unknown-state");
    }

    @Test
    void aLaunchWhoseTargetIsNotOursIsRefused() {
        refused(
                launch(c -> c.put(LTI + "target_link_uri", "https://elsewhere.example/learn/" + Api.GRID)),
                "foreign-target-link-uri");
    }

    @Test
    void aDeepLinkingRequestThatTakesNoResourceLinksIsRefused() {
        refused(
                deepLinkingLaunch(settings -> settings.put("accept_types", List.of("file", "html"))),
                "deep-linking-type-unsupported");
    }

    @Test
    void aPlatformThatTakesOneItemCannotBeSentTwo() {
        Response launched = deepLinkingLaunch(settings -> settings.put("accept_multiple", false));
        assertThat(launched.statusCode()).as(launched.asString()).isEqualTo(303);
        String picker = launched.header("Location");
        String cookie = launched.getCookie(LtiSession.COOKIE);
        String page = given().cookie(LtiSession.COOKIE, cookie).get(picker).asString();
        assertThat(page).contains("type=\"radio\"").doesNotContain("type=\"checkbox\"");

        Response two = given().cookie(LtiSession.COOKIE, cookie)
                .accept("text/html")
                .contentType("application/x-www-form-urlencoded")
                .formParam("exerciseId", Api.GRID, "append-to-fresh-list")
                .post(picker);
        refused(two, "one-exercise-only");
    }

    @Test
    void aLaunchForAnExerciseThatDoesNotExistIsRefused() {
        refused(launch(c -> c.put(LTI + "custom", Map.of("exercise_id", "no-such-exercise"))), "unknown-exercise");
    }

    // --- valid launches --------------------------------------------------------------------------------------

    @Test
    void severalRolesWithATeachingOne() {
        accepted(
                launch(c -> c.put(
                        LTI + "roles",
                        List.of(
                                "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
                                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student",
                                "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"))),
                Role.INSTRUCTOR);
    }

    @Test
    void shortRoleNames() {
        accepted(launch(c -> c.put(LTI + "roles", List.of("Learner"))), Role.LEARNER);
        login = driver.login(tool + "/learn/" + Api.GRID);
        accepted(launch(c -> c.put(LTI + "roles", List.of("Instructor"))), Role.INSTRUCTOR);
    }

    @Test
    void aTeachingAssistantSubRoleTeaches() {
        accepted(
                launch(c -> c.put(
                        LTI + "roles",
                        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"))),
                Role.INSTRUCTOR);
    }

    @Test
    void anUnknownRoleIsALearner() {
        accepted(launch(c -> c.put(LTI + "roles", List.of("http://example.org/roles#Wizard"))), Role.LEARNER);
    }

    @Test
    void noRoleIsALearner() {
        accepted(launch(c -> c.put(LTI + "roles", new ArrayList<>())), Role.LEARNER);
    }

    @Test
    void noPersonalData() {
        Principal principal = accepted(
                launch(c -> List.of("name", "given_name", "family_name", "middle_name", "email", "picture", "locale")
                        .forEach(c::remove)),
                Role.LEARNER);
        assertThat(principal.subject()).isEqualTo("lti:" + registration + ":learner-1");
    }

    @Test
    void noContext() {
        Principal principal = accepted(launch(c -> c.remove(LTI + "context")), Role.LEARNER);
        assertThat(principal.courseId()).isNull();
    }

    @Test
    void aPlatformKeyRotationIsFollowed() {
        accepted(launch(c -> {}), Role.LEARNER);
        PlatformKeyPair rotated = platform.rotateKey();
        clock.advance(lti.jwksMinRefetchInterval().plusMillis(1));
        login = driver.login(tool + "/learn/" + Api.GRID);
        accepted(driver.launch(rotated.sign(json(c -> {})), login.state()), Role.LEARNER);
    }

    @Test
    void madeUpKidsDoNotMakeUsHammerThePlatform() {
        try (TestPlatform other = TestPlatform.start(tool, "pygrade-" + UUID.randomUUID(), "deployment-1")) {
            new LtiAdmin(sessions).register(other);
            LaunchDriver otherDriver = new LaunchDriver(other);
            int launches = 8;
            long started = System.nanoTime();
            for (int i = 0; i < launches; i++) {
                refused(launchAt(other, otherDriver, "made-up-" + i), "unknown-kid");
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            // at most one fetch per minimum refetch interval (1 s in the test profile)
            assertThat(other.jwksRequests())
                    .isLessThanOrEqualTo(1 + (int) seconds)
                    .isLessThan(launches);
        }
    }

    @Test
    void aPlatformWhoseKeySetIsDownIsNotAskedWithEveryLaunchAndIsFollowedWhenBack() {
        try (TestPlatform other = TestPlatform.start(tool, "pygrade-" + UUID.randomUUID(), "deployment-1")) {
            new LtiAdmin(sessions).register(other);
            LaunchDriver otherDriver = new LaunchDriver(other);
            other.jwksDown(true);
            // Both launches within the minimum refetch interval, however slow the machine.
            clock.hold();
            try {
                unavailable(launchAt(other, otherDriver, other.key().kid()));
                unavailable(launchAt(other, otherDriver, other.key().kid()));
            } finally {
                clock.release();
            }
            assertThat(other.jwksRequests()).isEqualTo(1);

            other.jwksDown(false);
            clock.advance(lti.jwksMinRefetchInterval().plusMillis(1));
            accepted(launchAt(other, otherDriver, other.key().kid()), Role.LEARNER);
            assertThat(other.jwksRequests()).isEqualTo(2);
        }
    }

    // --- login initiation ------------------------------------------------------------------------------------

    @Test
    void aLoginForAForeignTargetIsRefused() {
        Response response = RestAssured.given()
                .redirects()
                .follow(false)
                .accept("text/html")
                .queryParam("iss", platform.issuer())
                .queryParam("login_hint", "h")
                .queryParam("target_link_uri", "https://evil.example/learn/x")
                .get("/lti/login");
        refused(response, "foreign-target-link-uri");
    }

    @Test
    void aLoginFromAnUnknownPlatformIsRefused() {
        Response response = RestAssured.given()
                .redirects()
                .follow(false)
                .accept("text/html")
                .queryParam("iss", "https://unknown.example")
                .queryParam("login_hint", "h")
                .queryParam("target_link_uri", tool + "/learn/" + Api.GRID)
                .get("/lti/login");
        refused(response, "unknown-platform");
    }

    @Test
    void aRefusalIsProblemJsonForApiClients() {
        Response response = RestAssured.given()
                .accept("application/json")
                .contentType("application/x-www-form-urlencoded")
                .formParam("id_token", "x")
                .formParam("state", "y")
                .post("/lti/launch");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("https://pygrade.dev/problems/lti-unknown-state");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private Map<String, Object> claims(Consumer<Map<String, Object>> change) {
        Map<String, Object> claims = LaunchBuilder.claims(
                LaunchBuilder.resourceLink(platform, "learner-1", Api.GRID, platform.lineitem("col")), login.nonce());
        return LaunchBuilder.edit(claims, change);
    }

    /**
     * A registration that does not allow private networks (as every one made before that setting existed) gets its key
     * set fetched from public addresses only: the platform on loopback is never asked, and the launch says why.
     */
    @Test
    void aPlatformOnLoopbackWithoutAllowPrivateNetworkIsNotCalled() {
        try (TestPlatform internal = TestPlatform.start(tool, "pygrade-" + UUID.randomUUID(), "deployment-1")) {
            long id = new LtiAdmin(sessions).register(internal);
            new Sql(dataSource).update("update lti_registration set allow_private_network = false where id = ?", id);
            Response response = launchAt(
                    internal, new LaunchDriver(internal), internal.key().kid());
            unavailable(response);
            assertThat(response.asString())
                    .contains("refused: loopback address")
                    .contains("allowPrivateNetwork");
            assertThat(internal.jwksRequests()).isZero();
        }
    }

    private String json(Consumer<Map<String, Object>> change) {
        return LaunchBuilder.json(claims(change));
    }

    private Response launch(Consumer<Map<String, Object>> change) {
        return driver.launch(platform.key().sign(json(change)), login.state());
    }

    /** A fresh login and a valid launch of {@code on}, signed by its key but naming {@code kid}. */
    private static Response launchAt(TestPlatform on, LaunchDriver through, String kid) {
        LaunchDriver.Login started = through.login(on.toolBaseUrl() + "/learn/" + Api.GRID);
        Map<String, Object> claims = LaunchBuilder.claims(
                LaunchBuilder.resourceLink(on, "learner-1", Api.GRID, on.lineitem("col")), started.nonce());
        return through.launch(on.key().sign(LaunchBuilder.json(claims), kid), started.state());
    }

    @SuppressWarnings("unchecked")
    private Response deepLinkingLaunch(Consumer<Map<String, Object>> changeSettings) {
        Map<String, Object> claims =
                LaunchBuilder.claims(LaunchBuilder.deepLinking(platform, "teacher-1", "d"), login.nonce());
        changeSettings.accept((Map<String, Object>) claims.get(LtiClaims.DL_SETTINGS));
        return driver.launch(platform.key().sign(LaunchBuilder.json(claims)), login.state());
    }

    private static void unavailable(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(502);
        assertThat(response.asString()).contains("<code id=\"reason\">platform-keys-unavailable</code>");
    }

    private static void refused(Response response, String reason) {
        assertThat(response.statusCode()).as(response.asString()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("text/html");
        String page = response.asString();
        assertThat(page).contains("<code id=\"reason\">" + reason + "</code>");
        assertThat(page).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("dev.pygrade");
    }

    private Principal accepted(Response response, Role role) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/learn/" + Api.GRID);
        String cookie = response.getCookie(LtiSession.COOKIE);
        Principal principal = sessions.verify(cookie).orElseThrow();
        assertThat(principal.role()).isEqualTo(role);
        return principal;
    }
}
