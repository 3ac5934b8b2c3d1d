package dev.pygrade.api.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileTextTest {
    @Test
    void tabNewlineAndCarriageReturnAreText() {
        assertThat(FileText.firstForbiddenCharacter("def f():\r\n\treturn 'é 😀'\n"))
                .isEmpty();
    }

    @Test
    void otherControlCharactersAreNamedWithTheirPosition() {
        assertThat(FileText.firstForbiddenCharacter("a\nbc\u0007"))
                .contains(
                        "contains the control character U+0007 at line 2, column 3; only tab, newline and carriage return"
                                + " are allowed");
        assertThat(FileText.firstForbiddenCharacter("\u0000"))
                .hasValueSatisfying(m -> assertThat(m).contains("U+0000 (NUL)"));
        assertThat(FileText.firstForbiddenCharacter("x\u007f"))
                .hasValueSatisfying(m -> assertThat(m).contains("U+007F"));
        assertThat(FileText.firstForbiddenCharacter("\f"))
                .hasValueSatisfying(m -> assertThat(m).contains("U+000C"));
    }

    @Test
    void utf8LengthMatchesTheEncoder() {
        for (String text : List.of("", "abc", "é", "€", "😀", "a😀b€é\n")) {
            assertThat(FileText.utf8Length(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
