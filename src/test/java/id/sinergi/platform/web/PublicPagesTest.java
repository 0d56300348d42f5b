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
    void staticAssetsAndPagesAreServedCompressedToClientsThatAcceptIt() {
        for (String path : java.util.List.of("/webjars/htmx.org/dist/htmx.min.js", "/css/app.css", "/kalkulator")) {
            HttpResponse<byte[]> compressed = bytes(path, "gzip");
            assertThat(compressed.statusCode()).as(path).isEqualTo(200);
            assertThat(compressed.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            byte[] unzipped = gunzip(compressed.body());
            HttpResponse<byte[]> plain = bytes(path, "identity");
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(compressed.body().length).as("%s is smaller compressed", path).isLessThan(unzipped.length);
            if (!path.equals("/kalkulator")) {
                // Two requests for a page may differ (a form token); static files must be byte for byte the same.
                assertThat(unzipped).as(path).isEqualTo(plain.body());
            }
        }
    }

    private HttpResponse<byte[]> bytes(String path, String encoding) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request(path).header("Accept-Encoding", encoding).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not gzip", e);
        }
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
