package dev.pygrade.api.lti.support;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Predicate;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;

/**
 * A headless browser (HtmlUnit) that runs the pages' scripts, so it follows the auto-posted forms LTI hands the
 * browser around with, keeps cookies per site, and runs the exercise page's submit-and-poll script.
 */
public final class Browser implements AutoCloseable {
    private final WebClient client = new WebClient(BrowserVersion.CHROME);

    public Browser() {
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setThrowExceptionOnScriptError(true);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setRedirectEnabled(true);
        client.setJavaScriptTimeout(10_000);
    }

    public void open(String url) {
        try {
            client.getPage(url);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the browser shows a page whose URL contains {@code urlPart}, following scripted navigation. */
    public HtmlPage awaitPage(String urlPart, Duration timeout) {
        return (HtmlPage) await(p -> p.getUrl().toString().contains(urlPart), timeout, "a page at *" + urlPart + "*");
    }

    /** Waits until the current page satisfies {@code condition}, running scripts and timers meanwhile. */
    public Page await(Predicate<Page> condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Page page = client.getCurrentWindow().getEnclosedPage();
            if (page != null && condition.test(page)) {
                return page;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout + " for " + what + "; the browser shows "
                        + (page == null
                                ? "nothing"
                                : page.getUrl() + ":\n" + page.getWebResponse().getContentAsString()));
            }
            client.waitForBackgroundJavaScript(100);
        }
    }

    public Page current() {
        return client.getCurrentWindow().getEnclosedPage();
    }

    @Override
    public void close() {
        client.close();
    }
}
