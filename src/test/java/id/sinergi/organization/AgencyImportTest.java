package id.sinergi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class AgencyImportTest extends WebTest {

    @Autowired
    Organization organization;

    @Test
    void aCleanFileImportsEveryRow() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String csv = "\uFEFFnama\r\nDinas Sosial " + unique + "\r\n\"Dinas Pekerjaan Umum, Perumahan " + unique + "\"\r\n"
                + "Dinas Komunikasi, Informatika dan Statistik " + unique + "\r\n\r\n";

        HttpResponse<String> response = importCsv(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("imported").asInt()).isEqualTo(3);
        assertThat(names()).contains("Dinas Sosial " + unique, "Dinas Pekerjaan Umum, Perumahan " + unique,
                "Dinas Komunikasi, Informatika dan Statistik " + unique);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "wrong columns        | kode;nama\\n1;Dinas A                        | 1 | agency.import.header",
            "extra column         | nama\\nDinas A;Dinas B                       | 2 | agency.import.columns",
            "unclosed quote       | nama\\n\"Dinas A\\nDinas B                     | 2 | agency.import.quote",
            "duplicate in file    | nama\\nDinas Kelautan X\\ndinas kelautan x     | 3 | agency.import.duplicateInFile",
            "existing OPD         | nama\\nInspektorat Daerah                    | 2 | agency.name.taken",
            "empty name           | nama\\nDinas A\\n\"  \"                        | 3 | agency.name.tooShort",
            "header only          | nama\\n                                      | 0 | agency.import.empty"})
    void aFileWithABadRowImportsNothingAndNamesTheRow(String name, String content, int row, String problem) {
        List<String> before = names();

        HttpResponse<String> response = importCsv(content.trim().replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> rows = new ArrayList<>();
        json(response).get("errors").forEach(e -> rows.add(e.get("row").asInt() + ":" + e.get("problem").asString()));
        if (problem.equals("agency.import.empty")) {
            assertThat(rows).contains("0:" + problem);
        } else {
            assertThat(rows).contains(row + ":" + problem);
        }
        assertThat(names()).isEqualTo(before);
    }

    @Test
    void aHugeFileIsRefusedWhole() {
        StringBuilder csv = new StringBuilder("nama\n");
        for (int i = 0; csv.length() < 300 * 1024; i++) {
            csv.append("Dinas Contoh Nomor ").append(i).append('\n');
        }
        List<String> before = names();

        HttpResponse<String> response = importCsv(csv.toString().getBytes(StandardCharsets.UTF_8));

        // Refused by the endpoint's declared body limit, before the body is read (BodyLimits).
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("detail").asString()).contains("256 KB");
        assertThat(names()).isEqualTo(before);
    }

    @Test
    void notUtf8IsRefusedNamingItsLine() {
        byte[] latin1 = "nama\nDinas Sosial\nDinas Pariwisata dan Kebudayaan Daerah \u00e9".getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> response = importCsv(latin1);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("message").asString()).isEqualTo("Baris 3 bukan teks UTF-8. Simpan ulang berkas sebagai “CSV UTF-8”.");
    }

    @ParameterizedTest(name = "{0} on line {1}")
    @CsvSource({"U+0000, 3", "U+001B, 2", "U+007F, 1", "U+0085, 3"})
    void aControlCharacterIsRefusedNamingItsLineAndImportsNothing(String character, int line) {
        char control = (char) Integer.parseInt(character.substring(2), 16);
        String[] lines = {"nama", "Dinas Sosial Baru", "Dinas Kesehatan Baru"};
        lines[line - 1] = lines[line - 1] + control;
        List<String> before = names();

        HttpResponse<String> response = importCsv(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(line);
        assertThat(error.get("problem").asString()).isEqualTo("agency.import.control");
        assertThat(error.get("message").asString()).startsWith("Baris " + line + " memuat karakter kendali " + character);
        assertThat(names()).isEqualTo(before);
    }

    @Test
    void theImportPageShowsTheRowReport() {
        Visitor coordinator = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        coordinator.get("/instansi/" + polman + "/opd");
        String boundary = "----sinergi" + UUID.randomUUID();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"opd.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnama\nInspektorat Daerah\n\r\n--" + boundary + "--\r\n";

        HttpResponse<String> page = coordinator.send(request("/instansi/" + polman + "/opd/impor?_csrf=" + coordinatorCsrf(coordinator, polman))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Tidak ada yang diimpor", "Baris 2", "Sudah ada OPD aktif bernama");
    }

    private String coordinatorCsrf(Visitor visitor, long government) {
        String body = visitor.get("/instansi/" + government + "/opd").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> importCsv(byte[] csv) {
        return send(request("/api/v1/governments/" + governmentIdOf(POLMAN_COORDINATOR) + "/agencies/import")
                .header("Authorization", "Bearer " + tokenOf(POLMAN_COORDINATOR)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
    }

    private List<String> names() {
        return organization.agencies(actor(POLMAN_COORDINATOR), governmentIdOf(POLMAN_COORDINATOR)).stream()
                .map(Agency::name).toList();
    }
}
