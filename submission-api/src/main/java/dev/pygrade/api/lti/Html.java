package dev.pygrade.api.lti;

import java.util.Map;

/** The few pieces of HTML the LTI pages share: escaping and a page frame. No template engine is needed for these. */
public final class Html {
    private Html() {}

    /** Text made safe for element content and double-quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A complete page; {@code body} must already be escaped where it carries data. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · Pygrade</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
                + "pre,textarea{font-family:ui-monospace,monospace}textarea{width:100%;min-height:16rem}"
                + ".error{border-left:4px solid #b00;padding:.5rem 1rem}</style></head><body>\n"
                + body
                + "\n</body></html>\n";
    }

    /**
     * A page that posts {@code fields} to {@code action} as soon as it loads (how LTI hands a browser from one
     * party to the other), with a button for browsers that do not run scripts.
     */
    public static String autoPost(String title, String action, Map<String, String> fields) {
        StringBuilder form = new StringBuilder("<form id=\"autopost\" method=\"post\" action=\"")
                .append(escape(action))
                .append("\">");
        fields.forEach((name, value) -> form.append("<input type=\"hidden\" name=\"")
                .append(escape(name))
                .append("\" value=\"")
                .append(escape(value))
                .append("\">"));
        form.append("<noscript><button type=\"submit\">Continue</button></noscript></form>")
                .append("<script>document.getElementById('autopost').submit();</script>");
        return page(title, form.toString());
    }
}
