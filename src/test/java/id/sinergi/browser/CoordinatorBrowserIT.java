package id.sinergi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The coordinator's first session: sign in, add an OPD, invite its operator, sign out. */
class CoordinatorBrowserIT extends BrowserTest {

    @Test
    void coordinatorCreatesAnOpdInvitesAnOperatorAndSignsOut() {
        String stamp = UUID.randomUUID().toString().substring(0, 6);
        Page page = open("/masuk");
        page.getByLabel("Email").fill("koordinator.polman@sinergi.test");
        page.getByLabel("Kata sandi").fill("Demo-Sinergi-2026");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Masuk").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Ruang kerja");

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("OPD").setExact(true)).click();
        page.locator("#new-agency").fill("Dinas Pendidikan " + stamp);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah OPD")).click();
        assertThat(page.locator("#notice")).containsText("Dinas Pendidikan " + stamp);
        assertThat(page.locator("#agencies")).containsText("Dinas Pendidikan " + stamp);

        open("/beranda");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Pengguna")).first().click();
        page.locator("#name").fill("Operator Pendidikan " + stamp);
        page.locator("#email").fill("operator.pendidikan." + stamp + "@sinergi.test");
        page.locator("#role").selectOption("OPERATOR");
        page.locator("#agencyId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Dinas Pendidikan " + stamp));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undang pengguna")).click();
        assertThat(page.locator("#invitation-link")).containsText("/undangan/");
        assertThat(page.locator("#users")).containsText("operator.pendidikan." + stamp + "@sinergi.test");

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keluar")).click();
        assertThat(page.locator("[role=status]")).containsText("Anda telah keluar");
        open("/beranda");
        assertThat(page.locator("h1")).hasText("Masuk ke Sinergi");
    }
}
