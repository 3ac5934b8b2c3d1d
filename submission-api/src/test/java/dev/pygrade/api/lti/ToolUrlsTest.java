package dev.pygrade.api.lti;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.api.lti.ags.ScoreSender;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolUrlsTest {
    private final ToolUrls urls = new ToolUrls("https://pygrade.example.org/");

    @Test
    void ourUrlsAreBuiltFromTheBaseUrl() {
        assertThat(urls.login()).isEqualTo("https://pygrade.example.org/lti/login");
        assertThat(urls.launch()).isEqualTo("https://pygrade.example.org/lti/launch");
        assertThat(urls.jwks()).isEqualTo("https://pygrade.example.org/.well-known/jwks.json");
    }

    @Test
    void onlyOurOriginIsOurs() {
        assertThat(urls.isOurs("https://pygrade.example.org/learn/x")).isTrue();
        assertThat(urls.isOurs("https://pygrade.example.org:443/lti/launch")).isTrue();
        assertThat(urls.isOurs("http://pygrade.example.org/learn/x")).isFalse();
        assertThat(urls.isOurs("https://pygrade.example.org.evil.example/learn/x"))
                .isFalse();
        assertThat(urls.isOurs("https://pygrade.example.org:8443/learn/x")).isFalse();
        assertThat(urls.isOurs("/learn/x")).isFalse();
        assertThat(urls.isOurs("not a url")).isFalse();
    }

    @Test
    void aLearnUrlNamesItsExercise() {
        assertThat(urls.exerciseOf("https://pygrade.example.org/learn/list-aliasing"))
                .isEqualTo(Optional.of("list-aliasing"));
        assertThat(urls.exerciseOf("https://pygrade.example.org/lti/launch")).isEmpty();
        assertThat(urls.exerciseOf("https://elsewhere.example/learn/x")).isEmpty();
    }

    @Test
    void scoresGoToTheLineItemsScoresPathKeepingItsQuery() {
        assertThat(ScoreSender.scoresUrl("https://lms.example/li/7")).isEqualTo("https://lms.example/li/7/scores");
        assertThat(ScoreSender.scoresUrl("https://lms.example/mod/lti/services.php/2/lineitems/3/lineitem?type_id=1"))
                .isEqualTo("https://lms.example/mod/lti/services.php/2/lineitems/3/lineitem/scores?type_id=1");
    }
}
