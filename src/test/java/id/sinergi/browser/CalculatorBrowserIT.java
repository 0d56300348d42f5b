package id.sinergi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public calculator (/kalkulator, PermenPANRB 59/2020, 47 indicators) in a real browser. */
class CalculatorBrowserIT extends BrowserTest {

    private static final int INDICATORS = 47;

    @Test
    void htmxRecomputesOnEveryChangeAndTheHeaderSwitchesToEnglish() {
        open("/kalkulator");
        assertThat(page.locator("html")).hasAttribute("lang", "id");
        assertThat(page.locator("#index-value")).hasText("1,00");
        assertThat(page.locator("#predicate")).hasText("Kurang");
        assertThat(page.locator("select[name^='v.']")).hasCount(INDICATORS);

        for (int i = 1; i <= INDICATORS; i++) {
            page.locator("select[name='v." + i + "']").selectOption("4");
        }

        // htmx posts each change (hx-sync queues the last) and swaps the result panel and, out of
        // band, the criteria; all 4 gives exactly 4,00 (Sangat Baik: 3.5 <= index < 4.2).
        assertThat(page.locator("#index-value")).hasText("4,00");
        assertThat(page.locator("#predicate")).hasText("Sangat Baik");
        // Indicator 47 (domain 4, layanan) uses the technical scale: level 4 is "Kolaborasi".
        assertThat(page.locator("#crit-47")).hasText(Pattern.compile("^\\s*Kolaborasi\\b"));
        assertThat(page.locator("#crit-1")).hasText(Pattern.compile("^\\s*Terintegrasi dan Terukur\\b"));

        page.locator("header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("English")).click();

        assertThat(page).hasURL(Pattern.compile("/kalkulator\\?lang=en$"));
        assertThat(page).hasTitle(Pattern.compile("calculator"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#index-value")).hasText("1.00");
    }

    @Test
    void withoutJavaScriptTheHitungButtonPostsAndTheWholePageReturns() {
        newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        open("/kalkulator");
        // With scripting off the parser builds <noscript>'s content (with it on, that is raw text),
        // so the hint is an element and shows. (Playwright's text engine ignores <noscript>.)
        assertThat(page.locator("noscript > p")).isVisible();
        assertThat(page.locator("#index-value")).hasText("1,00");

        page.locator("select[name='v.1']").selectOption("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hitung").setExact(true)).click();

        // Indicator 1 weighs 1.3 of 100, the other 46 weigh 98.7 and stay at 1:
        // (1.3 * 5 + 98.7 * 1) / 100 = 105.2 / 100 = 1.052, rounded HALF_UP to 2 decimals: 1,05.
        assertThat(page.locator("#index-value")).hasText("1,05");
        assertThat(page.locator("#predicate")).hasText("Kurang");
        assertThat(page.locator("select[name='v.1']")).hasValue("5");
        assertThat(page.locator("#crit-1")).hasText(Pattern.compile("^\\s*Optimum\\b"));
    }
}
