package org.vidya.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, never a downloaded browser. One browser per test
 * class; a fresh context (cookies, storage) per test. When a test fails, a screenshot of its
 * page is kept under {@code target/browser-screenshots/}.
 */
public final class Browser implements AutoCloseable, AfterEachCallback {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("VIDYA_TEST_CHROMIUM", "/usr/bin/chromium"));

    private Playwright playwright;
    private com.microsoft.playwright.Browser browser;
    private com.microsoft.playwright.BrowserContext context;
    private Page page;

    /** A new page in a fresh browser context. */
    public Page newPage(String baseUrl) {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--disable-quic")));
        }
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL(baseUrl)
                .setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        return page;
    }

    @Override
    public void afterEach(ExtensionContext extension) throws Exception {
        if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            Path folder = Path.of("target", "browser-screenshots");
            Files.createDirectories(folder);
            String name = extension.getRequiredTestClass().getSimpleName() + "-"
                    + extension.getRequiredTestMethod().getName() + ".png";
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(true));
            System.err.println("Browser test failed; screenshot at " + folder.resolve(name).toAbsolutePath()
                    + " (page " + page.url() + ")");
        }
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
