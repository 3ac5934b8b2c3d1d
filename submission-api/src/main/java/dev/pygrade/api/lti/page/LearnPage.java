package dev.pygrade.api.lti.page;

import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.lti.Html;
import dev.pygrade.exercise.Exercise;
import java.util.Map;

/**
 * The server-rendered exercise page: statement, starter code in a textarea, and a submit button that posts to the
 * public submission API with the session cookie, then polls the submission until it is graded. Instructors also see
 * the visible tests and are told that their own submissions do not reach the gradebook.
 */
final class LearnPage {
    private LearnPage() {}

    static String render(Exercise exercise, Principal principal) {
        boolean instructor = principal.role() == Role.INSTRUCTOR;
        StringBuilder body = new StringBuilder()
                .append("<h1 id=\"title\">")
                .append(Html.escape(exercise.title()))
                .append("</h1><p id=\"role\">")
                .append(instructor ? "Instructor view" : "Learner view")
                .append("</p><div id=\"statement\" style=\"white-space:pre-wrap\">")
                .append(Html.escape(exercise.statement()))
                .append("</div>");
        if (instructor) {
            body.append("<p>Your own submissions are graded but not sent to the gradebook.</p><h2>Visible tests</h2>");
            for (Map.Entry<String, String> test : exercise.visibleTests().entrySet()) {
                body.append("<h3>")
                        .append(Html.escape(test.getKey()))
                        .append("</h3><pre>")
                        .append(Html.escape(test.getValue()))
                        .append("</pre>");
            }
        }
        body.append("<h2>Your solution (")
                .append(Html.escape(exercise.learnerFile()))
                .append(")</h2><form id=\"solution\" onsubmit=\"return pygradeSubmit()\">")
                .append("<textarea id=\"source\" name=\"source\" spellcheck=\"false\">")
                .append(Html.escape(exercise.starter()))
                .append("</textarea><p><button type=\"submit\" id=\"submit\">Submit for grading</button></p></form>")
                .append("<div id=\"result\"><p>Status: <span id=\"status\">not submitted</span></p>")
                .append("<p>Score: <span id=\"score\"></span></p><p id=\"summary\"></p></div>")
                .append("<script>var pygradeExercise = \"")
                .append(jsString(exercise.id()))
                .append("\";\n")
                .append(SCRIPT)
                .append("</script>");
        return Html.page(exercise.title(), body.toString());
    }

    /** Exercise ids are slugs, but escape anyway: this ends up inside a script. */
    private static String jsString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c");
    }

    /** Plain XMLHttpRequest: works in every browser and in headless test browsers. */
    private static final String SCRIPT = """
            function pygradeShow(id, text) { document.getElementById(id).textContent = text; }
            function pygradeSubmit() {
              var xhr = new XMLHttpRequest();
              xhr.open('POST', '/api/v1/submissions');
              xhr.setRequestHeader('Content-Type', 'application/json');
              xhr.onload = function () {
                var body = JSON.parse(xhr.responseText || '{}');
                if (xhr.status !== 202) { pygradeShow('status', 'refused: ' + (body.detail || xhr.status)); return; }
                pygradeShow('status', 'queued');
                pygradePoll(body.id);
              };
              xhr.send(JSON.stringify({exerciseId: pygradeExercise,
                                       source: document.getElementById('source').value}));
              return false;
            }
            function pygradePoll(id) {
              var xhr = new XMLHttpRequest();
              xhr.open('GET', '/api/v1/submissions/' + id);
              xhr.onload = function () {
                var body = JSON.parse(xhr.responseText || '{}');
                var done = body.status === 'graded' || body.status === 'error';
                // Score and summary first: whoever sees the final status (a person, a test) sees the result with it.
                if (done && body.result) {
                  pygradeShow('score', body.result.score + ' / ' + body.result.maxScore);
                  pygradeShow('summary', body.result.summary || '');
                }
                pygradeShow('status', body.status || ('error ' + xhr.status));
                if (done) {
                  return;
                }
                setTimeout(function () { pygradePoll(id); }, 1000);
              };
              xhr.send();
            }
            """;
}
