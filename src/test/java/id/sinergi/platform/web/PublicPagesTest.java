package id.sinergi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class PublicPagesTest extends WebTest {

    @Test
    void frontPageSaysWhatSinergiIsAndLinksTheCalculatorAndApi() {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"id\"", "evaluasi SPBE", "href=\"/kalkulator\"",
                "href=\"/swagger-ui.html\"", "/css/app.css");
    }

    @Test
    void browsersPreferringEnglishStillGetIndonesianUntilTheyChoose() {
        HttpResponse<String> home = send(request("/").header("Accept-Language", "en-US,en;q=0.9").GET());

        assertThat(home.body()).contains("<html lang=\"id\"");
    }

    @Test
    void openApiDocumentAndSwaggerUiAreServed() {
        HttpResponse<String> docs = get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(json(docs).get("paths").has("/api/v1/frameworks/{frameworkCode}/score")).isTrue();
        assertThat(json(docs).get("paths").has("/api/v1/frameworks/{code}")).isTrue();
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void staticAssetsAreServedCompressible() {
        assertThat(get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/css/app.css").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownPageIsA404InIndonesianForASignedInUser() {
        HttpResponse<String> page = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD).get("/tidak-ada");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Halaman tidak ditemukan");
    }

    @Test
    void anonymousVisitorsOfNonPublicPagesAreSentToTheLoginPage() {
        HttpResponse<String> page = send(request("/beranda").header("Accept", "text/html").GET());

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/masuk"));
    }
}
