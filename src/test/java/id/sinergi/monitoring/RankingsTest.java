package id.sinergi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.monitoring.Results.ResultEntry;
import id.sinergi.organization.Organization;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Rankings, statistics, trends and open data over HTTP: explicit ties, missing years, category and
 * region/group filters, instrument breaks, sample labels, CSV and JSON (formula cells written as text, 2081). Test years 2094–2096 hold
 * fixed results recorded before each test (idempotent), besides the demo's real figures.
 */
class RankingsTest extends WebTest {

    private static final String SPBE_2020 = "permenpanrb-59-2020";

    @Autowired
    Results results;

    @Autowired
    Organization organization;

    /**
     * 2094: Gorontalo province 3.40 Baik, Kota Bandung 3.00 Baik, Kota Gorontalo 3.00 Baik, Kementerian
     * BUMN 2.30 Cukup. 2095: Kota Bandung 3.70, Gorontalo province 3.60 (Sangat Baik), Kota Gorontalo
     * 3.10 Baik, Kota Ambon 2.00 Cukup as sample data.
     */
    @BeforeEach
    void testYears() {
        record("75", 2094, "3.40", false);
        record("32.73", 2094, "3.00", false);
        record("75.71", 2094, "3.00", false);
        record("KEMEN-BUMN", 2094, "2.30", false);
        record("32.73", 2095, "3.70", false);
        record("75", 2095, "3.60", false);
        record("75.71", 2095, "3.10", false);
        record("81.71", 2095, "2.00", true);
    }

    private void record(String code, int year, String index, boolean sample) {
        long id = organization.governmentByCode(code).orElseThrow().id();
        results.record(actor(ADMIN), new ResultEntry(id, year, SPBE_2020, new BigDecimal(index), null, ResultSource.ENTRY,
                "uji peringkat", sample));
    }

    private List<String> ranks(JsonNode ranking) {
        List<String> ranks = new ArrayList<>();
        ranking.get("results").forEach(r -> ranks.add(r.get("rank").asInt() + (r.get("tied").asBoolean() ? "=" : "") + " "
                + r.get("code").asString()));
        return ranks;
    }

    @Test
    void equalIndicesShareARankMarkedAsTiedAndTheNextRankSkips() {
        HttpResponse<String> response = get("/api/v1/rankings/2094");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ranks(json(response))).containsExactly("1 75", "2= 32.73", "2= 75.71", "4 KEMEN-BUMN");

        assertThat(ranks(json(get("/api/v1/rankings/2094?category=KOTA")))).as("both cities tie for first")
                .containsExactly("1= 32.73", "1= 75.71");

        String page = visitor().get("/peringkat?tahun=2094").body();
        assertThat(page).contains("<span class=\"tie\"").contains("seri");
    }

    @Test
    void categoryRegionAndGroupFilters() {
        assertThat(ranks(json(get("/api/v1/rankings/2094?category=PEMDA"))))
                .containsExactly("1 75", "2= 32.73", "2= 75.71");
        assertThat(ranks(json(get("/api/v1/rankings/2094?category=PROVINSI")))).containsExactly("1 75");
        assertThat(ranks(json(get("/api/v1/rankings/2094?category=INSTANSI_PUSAT")))).containsExactly("1 KEMEN-BUMN");
        assertThat(ranks(json(get("/api/v1/rankings/2094?region=JAWA")))).containsExactly("1 32.73");
        assertThat(ranks(json(get("/api/v1/rankings/2094?group=INDONESIA_TIMUR")))).as("central agencies have no region")
                .containsExactly("1 75", "2 75.71");
        assertThat(ranks(json(get("/api/v1/rankings/2095?region=INDONESIA_TIMUR&category=KOTA"))))
                .containsExactly("1 75.71", "2 81.71");

        HttpResponse<String> bad = get("/api/v1/rankings/2094?category=DESA");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("detail").asString()).contains("DESA");
        assertThat(get("/api/v1/rankings/2094?region=JAWA&group=INDONESIA_TIMUR").statusCode()).isEqualTo(400);
        assertThat(visitor().get("/peringkat?tahun=2094&kategori=DESA").statusCode()).isEqualTo(400);
    }

    @Test
    void statisticsMeanIsExactThenRoundedHalfUpOnce() {
        JsonNode all = json(get("/api/v1/statistics/2094")).get("instruments").get(0);
        assertThat(all.get("count").asInt()).isEqualTo(4);
        assertThat(all.get("sum").decimalValue()).isEqualByComparingTo("11.70");
        assertThat(all.get("mean").decimalValue()).as("11.70 / 4 = 2.925, half-up 2.93 (half-even would give 2.92)")
                .isEqualByComparingTo("2.93");
        assertThat(all.get("distribution").toString())
                .isEqualTo("[{\"predicate\":\"Memuaskan\",\"count\":0},{\"predicate\":\"Sangat Baik\",\"count\":0},"
                        + "{\"predicate\":\"Baik\",\"count\":3},{\"predicate\":\"Cukup\",\"count\":1},"
                        + "{\"predicate\":\"Kurang\",\"count\":0}]");
        JsonNode pemda = json(get("/api/v1/statistics/2094?category=PEMDA")).get("instruments").get(0);
        assertThat(pemda.get("mean").decimalValue()).as("9.40 / 3 = 3.1333...").isEqualByComparingTo("3.13");
    }

    @Test
    void bestPerRegionNamesTheOnlyPredicateOfARegion() {
        JsonNode regions = json(get("/api/v1/statistics/2095")).get("instruments").get(0).get("regions");
        JsonNode east = find(regions, "INDONESIA_TIMUR");
        assertThat(east.get("best").get(0).get("code").asString()).isEqualTo("75");
        assertThat(east.get("best").get(0).get("predicate").asString()).isEqualTo("Sangat Baik");
        assertThat(east.get("uniquePredicate").asBoolean()).isTrue();
        assertThat(east.get("mean").decimalValue()).as("(3.60 + 3.10 + 2.00) / 3 = 2.9").isEqualByComparingTo("2.90");
        JsonNode sulawesi = find(regions, "SULAWESI");
        assertThat(sulawesi.get("count").asInt()).isEqualTo(2);

        JsonNode ties = find(json(get("/api/v1/statistics/2094?category=KOTA")).get("instruments").get(0).get("regions"),
                "JAWA");
        assertThat(ties.get("best")).hasSize(1);

        // The real 2022 figures: Polewali Mandar is the only Sangat Baik in Indonesia Timur.
        JsonNode real = find(json(get("/api/v1/statistics/2022?category=PEMDA")).get("instruments").get(0).get("regions"),
                "INDONESIA_TIMUR");
        assertThat(real.get("best").get(0).get("code").asString()).isEqualTo("76.04");
        assertThat(real.get("uniquePredicate").asBoolean()).isTrue();
        String page = visitor().get("/peringkat?tahun=2022&wilayah=INDONESIA_TIMUR").body();
        assertThat(page).contains("satu-satunya Sangat Baik di Indonesia Timur");
        assertThat(page).contains("Indeks nasional yang diumumkan").contains("2,34");
    }

    private static JsonNode find(JsonNode regions, String code) {
        for (JsonNode region : regions) {
            if (region.get("code").asString().equals(code)) {
                return region;
            }
        }
        throw new AssertionError("no region " + code + " in " + regions);
    }

    @Test
    void missingYearsAre404AndBreakTheTrend() {
        assertThat(get("/api/v1/rankings/2099").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/statistics/2099").statusCode()).isEqualTo(404);
        assertThat(get("/data/hasil/2099.csv").statusCode()).isEqualTo(404);
        assertThat(get("/data/hasil/2099.json").statusCode()).isEqualTo(404);
        HttpResponse<String> page = visitor().get("/peringkat?tahun=2099");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Tidak ada hasil evaluasi yang terbit untuk tahun 2099");
        assertThat(json(get("/api/v1/rankings")).toString()).contains("2094").contains("2022").doesNotContain("2099");

        // Kota Gorontalo: its 2094 and 2095 results follow missing years (other tests add earlier years,
        // so the segment is found by its first year): a new segment after a gap, never joined to the one before.
        long city = organization.governmentByCode("75.71").orElseThrow().id();
        JsonNode segments = json(get("/api/v1/governments/" + city + "/trend")).get("segments");
        int at = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).get("points").get(0).get("year").asInt() == 2094) {
                at = i;
            }
        }
        assertThat(at).as("a segment starting in 2094").isPositive();
        JsonNode last = segments.get(at);
        JsonNode before = segments.get(at - 1).get("points");
        boolean sameInstrument = segments.get(at - 1).get("instrument").asString().equals(last.get("instrument").asString());
        assertThat(last.get("breakBefore").asString()).isEqualTo(sameInstrument ? "MISSING_YEAR" : "INSTRUMENT");
        assertThat(last.get("points")).hasSize(2);
        assertThat(before.get(before.size() - 1).get("year").asInt()).isLessThan(2093);
        assertThat(get("/api/v1/governments/999999999/trend").statusCode()).isEqualTo(404);
        assertThat(visitor().get("/peringkat/instansi/TIDAK-ADA").statusCode()).isEqualTo(404);
    }

    @Test
    void theTrendNeverJoinsInstruments() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        // The demo's real figures 2020–2025 come first (other tests may add far later years).
        JsonNode segments = json(get("/api/v1/governments/" + polman + "/trend")).get("segments");
        assertThat(segments.size()).isGreaterThanOrEqualTo(2);
        assertThat(segments.get(0).get("instrument").asString()).isEqualTo("permenpanrb-5-2018");
        assertThat(segments.get(0).get("points")).hasSize(1);
        assertThat(segments.get(1).get("instrument").asString()).isEqualTo(SPBE_2020);
        assertThat(segments.get(1).get("breakBefore").asString()).isEqualTo("INSTRUMENT");
        assertThat(segments.get(1).get("points")).hasSize(5);

        String page = visitor().get("/peringkat/instansi/76.04").body();
        assertThat(page).contains("<svg").contains("<title>Tren indeks Kabupaten Polewali Mandar</title>")
                .contains("instrumen berganti").contains("Pergantian instrumen ke PermenPANRB 59/2020")
                .contains("3,58").contains("id=\"trend-table\"");
        assertThat(page.split("<path ").length - 1).as("one line per segment with more than one point")
                .isGreaterThanOrEqualTo(1);
        assertThat(visitor().get("/peringkat/instansi/76.04?lang=en").body()).contains("instrument changed").contains("3.58");
    }

    @Test
    void sampleFiguresAreLabelledOnThePageTheTrendAndTheFiles() {
        String page = visitor().get("/peringkat?tahun=2095").body();
        assertThat(page).contains("sample-notice");
        String ambonRow = page.substring(page.indexOf("data-code=\"81.71\""));
        assertThat(ambonRow.substring(0, ambonRow.indexOf("</tr>"))).contains("data contoh");
        String bandungRow = page.substring(page.indexOf("data-code=\"32.73\""));
        assertThat(bandungRow.substring(0, bandungRow.indexOf("</tr>"))).doesNotContain("data contoh");
        assertThat(visitor().get("/peringkat?tahun=2094").body()).doesNotContain("sample-notice");
        assertThat(visitor().get("/peringkat/instansi/81.71").body()).contains("data contoh");
        assertThat(get("/data/hasil/2095.csv").body()).contains("81.71,Kota Ambon,Kota,Maluku,2095,permenpanrb-59-2020,2.00,Cukup,uji peringkat,ya");
        assertThat(json(get("/api/v1/rankings/2095")).get("sample").asBoolean()).isTrue();
    }

    @Test
    void openDataCsvAndJsonAtStableUrls() {
        HttpResponse<String> csv = get("/data/hasil/2022.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").containsIgnoringCase("utf-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("hasil-evaluasi-2022.csv");
        assertThat(csv.headers().firstValue("Cache-Control").orElse("")).contains("max-age=300");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("kode,instansi,kategori,wilayah,tahun,instrumen,indeks,predikat,sumber,data_contoh");
        assertThat(lines[1]).startsWith("76.04,Kabupaten Polewali Mandar,Kabupaten,Sulawesi,2022,permenpanrb-59-2020,3.58,Sangat Baik,\"")
                .endsWith(",tidak");
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).startsWith("75.71,Kota Gorontalo,Kota,Sulawesi,2022,permenpanrb-59-2020,2.59,Cukup,");

        String etag = csv.headers().firstValue("ETag").orElseThrow();
        assertThat(send(request("/data/hasil/2022.csv").header("If-None-Match", etag)).statusCode()).isEqualTo(304);

        HttpResponse<String> jsonFile = get("/data/hasil/2022.json");
        assertThat(jsonFile.statusCode()).isEqualTo(200);
        JsonNode document = json(jsonFile);
        assertThat(document.get("tahun").asInt()).isEqualTo(2022);
        assertThat(document.get("hasil").get(0).get("kode").asString()).isEqualTo("76.04");
        assertThat(document.get("hasil").get(0).get("indeks").decimalValue()).isEqualByComparingTo("3.58");
        assertThat(document.get("hasil").get(0).get("data_contoh").asBoolean()).isFalse();

        assertThat(visitor().get("/data/hasil").body()).contains("/data/hasil/2022.csv").contains("/data/hasil/2022.json");
        assertThat(visitor().get("/").body()).contains("href=\"/peringkat\"").contains("href=\"/data/hasil\"");
    }

    @Test
    void openDataWritesEveryTextCellThatASpreadsheetWouldRunAsText() {
        long ambon = organization.governmentByCode("81.71").orElseThrow().id();
        results.record(actor(ADMIN), new ResultEntry(ambon, 2081, SPBE_2020, new BigDecimal("2.00"), null,
                ResultSource.ENTRY, "-2+3+cmd|' /C calc'!A0", false));

        String row = get("/data/hasil/2081.csv").body().split("\r\n")[1];

        assertThat(row).isEqualTo("81.71,Kota Ambon,Kota,Maluku,2081,permenpanrb-59-2020,2.00,Cukup,'-2+3+cmd|' /C calc'!A0,tidak");
    }

    @Test
    void aRecordedResultIsRankedAtOnce() {
        long count = json(get("/api/v1/rankings")).size();
        assertThat(get("/api/v1/rankings/2096").statusCode()).as("cached: nothing published for 2096 yet").isEqualTo(404);
        record("91.71", 2096, "2.10", false);
        assertThat(json(get("/api/v1/rankings")).size()).isEqualTo(count + 1);
        assertThat(ranks(json(get("/api/v1/rankings/2096")))).contains("1 91.71");
        String before = get("/data/hasil/2096.csv").body();
        record("91.71", 2096, "2.20", false);
        assertThat(ranks(json(get("/api/v1/rankings/2096")))).contains("1 91.71");
        assertThat(json(get("/api/v1/rankings/2096")).get("results").get(0).get("index").decimalValue())
                .isEqualByComparingTo("2.20");
        assertThat(get("/data/hasil/2096.csv").body()).isNotEqualTo(before).contains(",2.20,");
    }
}
