package id.sinergi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public ranking page in a real browser, reached from the front page's navigation. */
class RankingBrowserIT extends BrowserTest {

    @Test
    void indonesiaTimur2022ShowsPolewaliMandarAsTheOnlySangatBaik() {
        open("/");
        page.locator("header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Peringkat")).click();
        assertThat(page).hasURL(Pattern.compile("/peringkat$"));

        page.locator("#tahun").selectOption("2022");
        page.locator("#wilayah").selectOption("INDONESIA_TIMUR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tampilkan")).click();

        assertThat(page).hasURL(Pattern.compile("tahun=2022.*wilayah=INDONESIA_TIMUR"));
        Locator polman = page.locator("#ranking-table tbody tr[data-code='76.04']");
        assertThat(polman).containsText("Kabupaten Polewali Mandar");
        assertThat(polman.locator(".index-cell")).hasText("3,58");
        assertThat(polman).containsText("Sangat Baik");
        assertThat(polman.locator("td").first()).hasText("1");
        assertThat(page.locator("#ranking-table tbody tr[data-code='75.71'] .index-cell")).hasText("2,59");
        assertThat(page.locator("#ranking-table tbody tr")).hasCount(2);
        assertThat(page.locator("#best-per-region li[data-region='INDONESIA_TIMUR']"))
                .containsText("satu-satunya Sangat Baik di Indonesia Timur");
        assertThat(page.locator("svg.chart").first()).isVisible();

        polman.getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(Pattern.compile("/peringkat/instansi/76\\.04$"));
        assertThat(page.locator("#trend-table")).containsText("PermenPANRB 5/2018");
        assertThat(page.locator("#trend-table")).containsText("Pergantian instrumen ke PermenPANRB 59/2020");
    }
}
