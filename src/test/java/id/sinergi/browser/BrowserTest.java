package id.sinergi.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that drive the running application in a real, headless Chromium through
 * Playwright. They run only with {@code ./mvnw -Pbrowser verify} (failsafe, {@code *BrowserIT}).
 *
 * <p>Playwright never downloads anything: it uses the Node driver bundled in its jar and Debian's
 * {@code /usr/bin/chromium} (override with {@code -Dsinergi.browser.executable=...}), and the
 * browser download that {@code Playwright.create} would otherwise start is switched off with
 * {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} (set by the profile and again here, so a run from an
 * IDE does not try either).
 *
 * <p>One Playwright and one browser per test class; a fresh context (cookies, storage) and page
 * per test, with the locale {@code id-ID}. A failing test leaves
 * {@code target/browser-screenshots/<class>.<method>.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

    protected static final String LOCALE = "id-ID";
    static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");
    private static final Path EXECUTABLE = Paths.get(System.getProperty("sinergi.browser.executable", "/usr/bin/chromium"));

    private static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close(); // closes the browser too
        }
        playwright = null;
        browser = null;
    }

    @BeforeEach
    void openPage() {
        newContext(new Browser.NewContextOptions());
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        context = null;
        page = null;
    }

    /**
     * Replaces this test's context and page by new ones with the given options (the locale is
     * {@code id-ID} unless the options set another), e.g. to switch JavaScript off.
     */
    protected Page newContext(Browser.NewContextOptions options) {
        closePage();
        if (options.locale == null) {
            options.setLocale(LOCALE);
        }
        context = browser.newContext(options.setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        return page;
    }

    /** Opens a path of the application ("/kalkulator") in this test's page. */
    protected Page open(String path) {
        page.navigate(path);
        return page;
    }

    /**
     * Takes the screenshot right after a failed test method, before {@code @AfterEach} closes the
     * page (a {@code TestWatcher} would only be told after that).
     */
    static class ScreenshotOnFailure implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext extension) throws Exception {
            if (extension.getExecutionException().isEmpty()) {
                return;
            }
            Object instance = extension.getRequiredTestInstance();
            if (!(instance instanceof BrowserTest test) || test.page == null || test.page.isClosed()) {
                return;
            }
            Files.createDirectories(SCREENSHOTS);
            String name = extension.getRequiredTestClass().getSimpleName() + "."
                    + extension.getRequiredTestMethod().getName() + ".png";
            Path file = SCREENSHOTS.resolve(name);
            try {
                test.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                System.err.println("Browser screenshot of the failure: " + file.toAbsolutePath());
            } catch (RuntimeException e) {
                System.err.println("No browser screenshot of the failure: " + e);
            }
        }
    }
}
