package id.sinergi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.OpenPeriod;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageWindow;
import id.sinergi.identity.domain.IdentityLookup;
import id.sinergi.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An operator opens an assigned indicator, picks a level, uploads a PDF and submits; the coordinator
 * sees it on the board and approves it.
 */
class OperatorEvidenceBrowserIT extends BrowserTest {

    @Autowired
    Evaluations evaluations;

    @Autowired
    IdentityLookup identities;

    @Autowired
    Clock clock;

    private Actor actor(String email) {
        IdentityLookup.Account account = identities.account(email).orElseThrow();
        return new Actor(account.id(), account.displayName(), account.grants());
    }

    @Test
    void operatorAnswersWithEvidenceAndTheCoordinatorApproves() {
        Actor coordinator = actor("koordinator.polman@sinergi.test");
        Actor operator = actor("operator.diskominfo.polman@sinergi.test");
        long polman = coordinator.governmentIds().get(0);
        long diskominfo = operator.grants().get(0).agencyId();
        List<StageWindow> windows = new ArrayList<>();
        LocalDate start = LocalDate.now(clock).minusDays(7); // the self-assessment is open today
        for (Stage stage : Stage.values()) {
            windows.add(new StageWindow(stage, start, start.plusDays(20)));
            start = start.plusMonths(1);
        }
        EvaluationPeriod period = evaluations.open(actor("admin@sinergi.test"),
                new OpenPeriod(2095, null, "permenpanrb-59-2020", windows, List.of("76.04")));
        evaluations.assign(coordinator, polman, period.id(), "8", List.of(diskominfo), null);

        Page page = open("/masuk");
        page.getByLabel("Email").fill("operator.diskominfo.polman@sinergi.test");
        page.getByLabel("Kata sandi").fill("Demo-Sinergi-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk").setExact(true)).click();
        open("/instansi/" + polman + "/evaluasi/" + period.id() + "/opd/" + diskominfo);
        page.locator("#value-8").selectOption("3");
        page.locator("#explanation-8").fill("Perbup Manajemen Keamanan Informasi ditetapkan dan diterapkan di semua OPD.");
        page.locator("#work-8").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Simpan draf")).click();
        assertThat(page.locator("#notice")).containsText("Draf indikator 8 disimpan");

        page.locator("#file-8").setInputFiles(new FilePayload("Perbup-Keamanan-Informasi.pdf", "application/pdf",
                ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                        + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1)));
        page.locator("#work-8").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Unggah bukti")).click();
        assertThat(page.locator("#notice")).containsText("Perbup-Keamanan-Informasi.pdf");
        assertThat(page.locator("#work-8")).containsText("Perbup-Keamanan-Informasi.pdf");

        page.locator("#work-8 details").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Tautan"))
                .locator("summary").click();
        page.locator("#url-8").fill("https://jdih.polewalimandarkab.go.id/perbup-keamanan-informasi");
        page.locator("#title-8").fill("Perbup Keamanan Informasi di JDIH");
        page.locator("#work-8").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tambahkan tautan")).click();
        assertThat(page.locator("#notice")).containsText("Perbup Keamanan Informasi di JDIH");
        assertThat(page.locator("#work-8 ul.evidence a[rel~=noopener]")).hasAttribute("href",
                "https://jdih.polewalimandarkab.go.id/perbup-keamanan-informasi");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("operator-work-with-evidence.png")));
        open("/instansi/" + polman + "/bukti");
        assertThat(page.locator("main")).containsText("2095 · 8");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("evidence-library.png")));
        open("/instansi/" + polman + "/evaluasi/" + period.id() + "/opd/" + diskominfo);

        page.locator("#work-8").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ajukan ke koordinator")).click();
        assertThat(page.locator("#notice")).containsText("Indikator 8 diajukan");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keluar")).click();

        page.getByLabel("Email").fill("koordinator.polman@sinergi.test");
        page.getByLabel("Kata sandi").fill("Demo-Sinergi-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk").setExact(true)).click();
        open("/instansi/" + polman + "/evaluasi/" + period.id());
        assertThat(page.locator("#indicator-8")).containsText("Diajukan");
        page.locator("#indicator-8").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("8")).click();
        assertThat(page.locator("main")).containsText("Perbup Manajemen Keamanan Informasi");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Setujui sebagai jawaban instansi")).click();
        assertThat(page.locator("#notice")).containsText("menjadi jawaban instansi");
        open("/instansi/" + polman + "/evaluasi/" + period.id());
        assertThat(page.locator("#indicator-8")).containsText("Disetujui");
    }
}
