package dev.pygrade.contract.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.ContractJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackTextTest {
    @Test
    void terminalEscapeSequencesAreRemoved() {
        assertThat(FeedbackText.clean("\u001B[2J\u001B[1;1Hall \u001B[32mpassed\u001B[0m"))
                .isEqualTo("all passed");
        assertThat(FeedbackText.clean("\u001B]0;title\u0007x\u001B]8;;http://e\u001B\\link"))
                .isEqualTo("xlink");
        assertThat(FeedbackText.clean("\u009B31mred")).isEqualTo("red");
        assertThat(FeedbackText.clean("a\u001BZb")).isEqualTo("ab");
    }

    @Test
    void controlAndBidiCharactersBecomeVisibleEscapes() {
        assertThat(FeedbackText.clean("FAILED\rPASSED")).isEqualTo("FAILED\\rPASSED");
        assertThat(FeedbackText.clean("nul\u0000bel\u0007del\u007Fc1\u0085"))
                .isEqualTo("nul\\x00bel\\x07del\\x7fc1\\x85");
        assertThat(FeedbackText.clean("score: \u202E01/01")).isEqualTo("score: \\u202e01/01");
        assertThat(FeedbackText.clean("\u2066x\u2069\u200F\u061C\u2028"))
                .isEqualTo("\\u2066x\\u2069\\u200f\\u061c\\u2028");
        assertThat(FeedbackText.clean("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
    }

    @Test
    void newlinesTabsAndOrdinaryUnicodeStay() {
        String text = "line 1\n\tline 2 — ünïcödé 😀 \u05D0\u05D1";
        assertThat(FeedbackText.clean(text)).isSameAs(text);
        assertThat(FeedbackText.clean("windows\r\nlines\r\n")).isEqualTo("windows\nlines\n");
        assertThat(FeedbackText.clean(null)).isNull();
    }

    @Test
    void cleaningTwiceChangesNothing() {
        String once = FeedbackText.clean("\u001B[31m\r\u0000\u202E\uDC00x");
        assertThat(FeedbackText.clean(once)).isEqualTo(once);
        assertThat(FeedbackText.isClean(once)).isTrue();
    }

    @Test
    void everyLearnerShapedFieldOfAResultIsCleaned() {
        String evil = "\u001B[32mok\u001B[0m\r\u202E";
        TestResult test = new TestResult(
                "t::x", evil, TestStatus.FAILED, Visibility.VISIBLE, 0, 1, evil, evil, evil, evil, evil, evil, 1);
        GradingResult result = new GradingResult(
                1,
                GradingStatus.FAILED,
                0,
                1,
                evil,
                "v",
                List.of(test),
                new PerformanceReport(
                        List.of(new Criterion("time", "n", evil, evil, "x", "met", 0, 1, evil)),
                        List.of(),
                        null,
                        new PerformanceReport.ComplexityFit("O(n)", 1, evil),
                        null,
                        List.of(),
                        evil),
                new MemoryReport(List.of(), null, null, null, null, List.of(), evil),
                null,
                null);
        String json = ContractJson.write(result);
        assertThat(json).doesNotContain("\u001B", "\r", "\u202E").contains("ok\\\\r\\\\u202e");
        assertThat(ContractJson.mapper().convertValue(result, Map.class).toString())
                .doesNotContain("\u001B");
    }
}
