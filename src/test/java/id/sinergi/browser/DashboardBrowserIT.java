package id.sinergi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The leader of Polewali Mandar opens the dashboard from the workspace and reads target against realisation. */
class DashboardBrowserIT extends BrowserTest {

    @Test
    void theLeaderSeesTargetVersusRealisationWithTheDemoNumbers() {
        Page page = open("/masuk");
        page.getByLabel("Email").fill("pimpinan.polman@sinergi.test");
        page.getByLabel("Kata sandi").fill("Demo-Sinergi-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Ruang kerja");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dasbor pimpinan")).first().click();
        assertThat(page.locator("h1")).hasText("Dasbor pimpinan");
        assertThat(page.locator("#sample-label")).containsText("data contoh");
        assertThat(page.locator("#latest-index")).hasText("4,00");

        Locator targets = page.locator("#target-realisation");
        assertThat(targets.locator("svg").first()).isAttached();
        Locator row2024 = targets.locator("tr", new Locator.LocatorOptions().setHasText("2024")).first();
        assertThat(row2024).containsText("3,90");
        assertThat(row2024).containsText("3,88");
        assertThat(row2024).containsText("99,49 %");
        assertThat(row2024).containsText("hampir tercapai");
        Locator row2022 = targets.locator("tr", new Locator.LocatorOptions().setHasText("2022")).first();
        assertThat(row2022).containsText("3,58");
        assertThat(row2022).containsText("tercapai");
        assertThat(targets.locator("tr", new Locator.LocatorOptions().setHasText("2026")).first())
                .containsText("belum ada realisasi");
        assertThat(targets).containsText("data contoh");
    }
}
