package id.sinergi.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CalculatorPageTest extends WebTest {

    @Test
    void showsEveryIndicatorWithItsLevelNamesAndCriteriaInIndonesian() {
        HttpResponse<String> page = get("/kalkulator");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<html lang=\"id\"", "Kalkulator Indeks", "name=\"v.47\"", "3 · Terstandarisasi",
                "4 · Kolaborasi", "Rintisan</strong>", "Hitung", "hx-post=\"/kalkulator\"");
        assertThat(IntStream.rangeClosed(1, 47).allMatch(i -> html.contains("name=\"v." + i + "\""))).isTrue();
        assertThat(html).contains("id=\"index-value\">1,00<", "Kurang");
    }

    @Test
    void theHitungButtonWorksWithoutJavaScript() {
        String form = "framework=permenpanrb-59-2020&" + IntStream.rangeClosed(1, 47)
                .mapToObj(i -> "v." + i + "=" + (i <= 31 ? "3" : "4")).collect(Collectors.joining("&"));

        HttpResponse<String> page = postForm(form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<!DOCTYPE html>", "id=\"index-value\">3,46<", "Baik",
                "<option value=\"4\" selected>4 · Kolaborasi</option>");
    }

    @Test
    void anHtmxChangeGetsOnlyTheResultAndTheCriteriaOfTheChosenLevels() {
        String form = "framework=permenpanrb-59-2020&" + IntStream.rangeClosed(1, 47)
                .mapToObj(i -> "v." + i + "=" + (i == 12 ? "5" : "3")).collect(Collectors.joining("&"));

        HttpResponse<String> fragment = postForm(form, "HX-Request", "true");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html", "<form").contains("id=\"index-value\">3,05<",
                "id=\"crit-12\" hx-swap-oob=\"true\"", "Optimum", "id=\"crit-47\" hx-swap-oob=\"true\"");
    }

    @Test
    void decimalInstrumentsUseNumberFieldsAndShowTheLevelBand() {
        HttpResponse<String> page = get("/kalkulator?framework=permenpanrb-8-2026");

        assertThat(page.body()).contains("type=\"number\"", "step=\"0.01\"", "name=\"v.IND-20\"", "Merintis",
                "sementara", "survei");
    }

    @Test
    void badValuesAreExplainedAndFlagged() {
        String form = "framework=permenpanrb-8-2026&" + IntStream.rangeClosed(1, 20)
                .mapToObj(i -> String.format("v.IND-%02d=%s", i, i == 2 ? "7" : i == 3 ? "abc" : "2.5"))
                .collect(Collectors.joining("&"));

        HttpResponse<String> page = postForm(form);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Periksa isian berikut", "Indikator IND-02: nilai 7 di luar rentang 1.00–5.00",
                "Indikator IND-03: nilai harus berupa angka", "class=\"row invalid\"");
    }

    @Test
    void speaksEnglishOnRequestAndRemembersIt() {
        HttpResponse<String> english = get("/kalkulator?lang=en");

        assertThat(english.body()).contains("<html lang=\"en\"", "Index calculator", "Calculate");
        assertThat(english.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("sinergi-lang=en"));
        HttpResponse<String> remembered = send(request("/kalkulator").header("Cookie", "sinergi-lang=en").GET());
        assertThat(remembered.body()).contains("<html lang=\"en\"");
    }

    @Test
    void aPostWithoutTheFormsCsrfTokenIsRefused() {
        HttpResponse<String> response = send(request("/kalkulator").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("framework=permenpanrb-59-2020&v.1=3")));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void pagesCarryStrictSecurityHeaders() {
        HttpResponse<String> page = get("/kalkulator");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void anUnknownInstrumentSaysSo() {
        HttpResponse<String> page = get("/kalkulator?framework=nope");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Instrumen “nope” tidak dikenal");
    }

    /** Posts the calculator form as a browser would: after reading the page, with its CSRF token. */
    private HttpResponse<String> postForm(String encoded, String... headers) {
        Visitor visitor = visitor();
        visitor.get("/kalkulator");
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(kv[0], kv[1]);
        }
        return visitor.post("/kalkulator", fields, headers);
    }
}
