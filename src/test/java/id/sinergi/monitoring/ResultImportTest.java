package id.sinergi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.sinergi.WebTest;
import id.sinergi.audit.AuditLog;
import id.sinergi.monitoring.ResultImport.Match;
import id.sinergi.monitoring.ResultImport.RowProblem;
import id.sinergi.monitoring.ResultImports.Upload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Importing the Minister's official list of a year: a clean file (CSV with abbreviated names, the
 * semicolon and decimal-comma variant, Excel with formulas and merged header cells) is applied whole;
 * every other file gets a precise report and records nothing; hostile files (merged ranges, rows,
 * columns, formulas, zip bombs, control characters) are refused naming the limit, before the work.
 * Imported years: 2031–2039 (2073 is only ever refused).
 */
class ResultImportTest extends WebTest {

    private static final String SOURCE = "Keputusan Menteri PANRB (uji)";

    @Autowired
    ResultImports imports;

    @Autowired
    Results results;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCleanCsvWithAbbreviatedNamesIsPreviewedThenAppliedWhole() {
        String csv = """
                Instansi,Tahun,Instrumen,Indeks,Predikat
                Kab. Polewali Mandar,2031,8/2026,3.58,Sangat Baik
                "Prov. Gorontalo",2031,permenpanrb-8-2026,4.13,Memuaskan

                Kota  gorontalo,2031,PermenPANRB Nomor 8 Tahun 2026,2.59,
                """;
        Upload upload = upload("daftar-2031.csv", csv, 2031);
        long before = count();

        ResultImport preview = imports.check(actor(ADMIN), upload);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.instrumentCode()).isEqualTo("permenpanrb-8-2026");
        assertThat(preview.rows()).extracting(ResultImport.Row::line, ResultImport.Row::match,
                ResultImport.Row::governmentCode, r -> r.index().toPlainString(), ResultImport.Row::predicate)
                .containsExactly(tuple(2, Match.NAME, "76.04", "3.58", "Sangat Baik"),
                        tuple(3, Match.NAME, "75", "4.13", "Memuaskan"),
                        tuple(5, Match.NAME, "75.71", "2.59", "Baik"));
        assertThat(count()).as("a preview writes nothing").isEqualTo(before);

        ResultImport applied = imports.apply(actor(ADMIN), upload);

        assertThat(applied.applied()).isEqualTo(3);
        assertThat(count()).isEqualTo(before + 3);
        assertThat(results.publishedOf(2031)).extracting(GovernmentResult::governmentCode, r -> r.index().toPlainString(),
                GovernmentResult::predicate, GovernmentResult::source)
                .containsExactly(tuple("75", "4.13", "Memuaskan", ResultSource.IMPORT),
                        tuple("76.04", "3.58", "Sangat Baik", ResultSource.IMPORT),
                        tuple("75.71", "2.59", "Baik", ResultSource.IMPORT));
        assertThat(results.publishedOf(2031).get(0).sourceNote()).isEqualTo(SOURCE + " (berkas daftar-2031.csv)");
        assertThat(audit.latest(20)).filteredOn(e -> e.action().equals("result.import")).first().satisfies(e -> {
            assertThat(e.subjectId()).isEqualTo("2031");
            assertThat(e.afterState()).contains("\"rows\":3").contains(upload.sha256()).contains("daftar-2031.csv");
        });
        assertThat(audit.latest(20)).filteredOn(e -> e.action().equals("result.record")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aSemicolonFileWithDecimalCommasAndABomIsReadAndAppliedThroughTheApi() {
        String csv = "\uFEFFNama;Tahun;Instrumen;Indeks;Predikat\r\n"
                + "Pemkab Polewali Mandar;2032;8/2026;3,58;sangat  baik\r\n"
                + "Pemerintah Provinsi Gorontalo;2032;8/2026;\"4,1\";Memuaskan\r\n";
        long before = count();

        HttpResponse<String> response = importApi("daftar-2032.csv", csv.getBytes(StandardCharsets.UTF_8), 2032, true);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.get("clean").asBoolean()).isTrue();
        assertThat(report.get("applied").asInt()).isEqualTo(2);
        assertThat(report.get("rows").get(0).get("governmentCode").asString()).isEqualTo("76.04");
        assertThat(report.get("rows").get(1).get("index").decimalValue()).isEqualByComparingTo("4.10");
        assertThat(count()).isEqualTo(before + 2);
        assertThat(results.publishedOf(2032)).extracting(r -> r.index().toPlainString()).containsExactly("4.10", "3.58");
    }

    @Test
    void unmatchedNamesAreReportedWithTheNearestNames() {
        String csv = """
                No,Instansi,Indeks
                1,Kab. Polewali Mandr,3.58
                2,Kabupaten Atlantis Raya Selatan Jauh Sekali,3.10
                3,,3.20
                """;
        ResultImport report = refused("tak-cocok.csv", csv, 2033);
        assertThat(report.rows().get(1).candidates()).as("nothing near").isEmpty();

        assertThat(report.rows()).extracting(ResultImport.Row::match)
                .containsExactly(Match.UNMATCHED, Match.UNMATCHED, Match.UNMATCHED);
        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::value,
                RowProblem::messageKey)
                .containsExactly(tuple(2, "Instansi", "Kab. Polewali Mandr", "result.import.name.suggest"),
                        tuple(3, "Instansi", "Kabupaten Atlantis Raya Selatan Jauh Sekali", "result.import.name.unmatched"),
                        tuple(4, "Instansi", "", "result.import.government.required"));
        assertThat(report.rows().get(0).candidates()).first().isEqualTo("Kabupaten Polewali Mandar (76.04)");
        assertThat(report.rows().get(0).candidates()).hasSizeLessThanOrEqualTo(3);
        assertThat(report.rows().get(1).candidates()).isEmpty();
    }

    @Test
    void aNameOfSeveralGovernmentsIsAmbiguousAndACodeWins() {
        String csv = """
                Kode,Instansi,Indeks
                ,Gorontalo,3.58
                75.71,Gorontalo,2.59
                73.1,Pangkep,3.00
                99.99,Kabupaten Polewali Mandar,3.00
                """;
        ResultImport report = refused("ambigu.csv", csv, 2033);

        assertThat(report.rows().get(0).match()).isEqualTo(Match.AMBIGUOUS);
        assertThat(report.rows().get(0).candidates()).containsExactly("Provinsi Gorontalo (75)",
                "Kabupaten Gorontalo (75.01)", "Kota Gorontalo (75.71)");
        assertThat(report.rows().get(1)).extracting(ResultImport.Row::match, ResultImport.Row::governmentCode)
                .containsExactly(Match.CODE, "75.71");
        assertThat(report.rows().get(2).governmentCode()).as("Excel wrote the code 73.10 as the number 73.1")
                .isEqualTo("73.10");
        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::messageKey,
                RowProblem::arguments)
                .containsExactly(tuple(2, "Instansi", "result.import.name.ambiguous", List.of("Gorontalo",
                                "Provinsi Gorontalo (75); Kabupaten Gorontalo (75.01); Kota Gorontalo (75.71)")),
                        tuple(5, "Kode", "result.import.code.unknown", List.of("99.99")));
    }

    @Test
    void duplicateRowsAreRefused() {
        String csv = """
                Kode,Instansi,Indeks
                76.04,Kabupaten Polewali Mandar,3.58
                ,Kab Polewali Mandar,3.58
                75,Provinsi Gorontalo,4.13
                """;
        ResultImport report = refused("ganda.csv", csv, 2033);

        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple(3, "result.import.duplicate", List.of("Kabupaten Polewali Mandar", 2)));
    }

    @Test
    void indicesOutOfTheScaleNotNumbersOrWithMoreThanTwoDecimalsAreRefused() {
        String csv = """
                Instansi;Indeks
                Kabupaten Polewali Mandar;5,10
                Provinsi Gorontalo;0,90
                Kota Gorontalo;3,585
                Kabupaten Gorontalo;tiga
                Kabupaten Boalemo;
                """;
        ResultImport report = refused("indeks.csv", csv, 2033);

        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::value,
                RowProblem::messageKey)
                .containsExactly(tuple(2, "Indeks", "5,10", "result.import.index.range"),
                        tuple(3, "Indeks", "0,90", "result.import.index.range"),
                        tuple(4, "Indeks", "3,585", "result.import.index.decimals"),
                        tuple(5, "Indeks", "tiga", "result.import.index.notNumber"),
                        tuple(6, "Indeks", "", "result.import.index.required"));
        assertThat(report.problems().get(0).arguments()).containsExactly("5,10", "1.00", "5.00", "permenpanrb-8-2026");
    }

    @Test
    void aRowOfAnotherYearOrAYearTheInstrumentDoesNotEvaluateIsRefused() {
        String otherYear = """
                Instansi,Tahun,Instrumen,Indeks
                Kabupaten Polewali Mandar,2034,8/2026,3.58
                Provinsi Gorontalo,2035,8/2026,4.13
                Kota Gorontalo,20xx,8/2026,2.59
                """;
        ResultImport report = refused("tahun.csv", otherYear, 2034);
        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::messageKey,
                RowProblem::arguments)
                .containsExactly(tuple(3, "Tahun", "result.import.year.wrong", List.of(2035, 2034)),
                        tuple(4, "Tahun", "result.import.year.notNumber", List.of("20xx")));

        String oldInstrument = """
                Instansi,Tahun,Instrumen,Indeks
                Kabupaten Polewali Mandar,2034,59/2020,3.58
                """;
        assertThat(refused("instrumen-lama.csv", oldInstrument, 2034).problems())
                .extracting(RowProblem::line, RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple(2, "result.import.year.instrument",
                        List.of(2034, "permenpanrb-59-2020", 2021, 2025)));

        String noYearColumn = """
                Instansi,Instrumen,Indeks
                Kabupaten Polewali Mandar,8/2026,3.58
                """;
        assertThat(refused("sebelum.csv", noYearColumn, 2024).problems())
                .extracting(RowProblem::line, RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple(2, "result.import.year.instrumentSince", List.of(2024, "permenpanrb-8-2026",
                        2026, 2026)));
    }

    @Test
    void oneListHoldsOneInstrument() {
        String csv = """
                Instansi,Tahun,Instrumen,Indeks
                Kabupaten Polewali Mandar,2035,8/2026,3.58
                Provinsi Gorontalo,2035,permenpanrb-8-2026,4.13
                Kota Gorontalo,2035,59/2020,2.59
                Kabupaten Gorontalo,2035,12/2099,2.59
                """;
        ResultImport report = refused("campur.csv", csv, 2035);

        assertThat(report.instrumentCode()).isNull();
        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple(0, "result.import.instrument.mixed",
                                List.of("permenpanrb-8-2026 (2, 3); permenpanrb-59-2020 (4)")),
                        tuple(4, "result.import.year.instrument", List.of(2035, "permenpanrb-59-2020", 2021, 2025)),
                        tuple(5, "result.import.instrument.unknown", List.of("12/2099")));
    }

    @Test
    void aPredicateThatContradictsTheIndexIsFlaggedAndBlocksTheImport() {
        String csv = """
                Instansi,Tahun,Instrumen,Indeks,Predikat
                Kabupaten Polewali Mandar,2036,8/2026,3.58,Memuaskan
                Provinsi Gorontalo,2036,8/2026,4.13,Memuaskan
                """;
        long before = count();
        HttpResponse<String> response = importApi("predikat.csv", csv.getBytes(StandardCharsets.UTF_8), 2036, true);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode report = json(response);
        assertThat(report.get("clean").asBoolean()).isFalse();
        assertThat(report.get("applied").asInt()).isZero();
        assertThat(report.get("problems")).hasSize(1);
        JsonNode problem = report.get("problems").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(2);
        assertThat(problem.get("column").asString()).isEqualTo("Predikat");
        assertThat(problem.get("problem").asString()).isEqualTo("result.import.predicate.contradicts");
        assertThat(problem.get("message").asString()).isEqualTo("Predikat „Memuaskan“ bertentangan dengan indeks 3.58: "
                + "menurut rentang predikat instrumen permenpanrb-8-2026, indeks itu „Sangat Baik“.");
        assertThat(count()).isEqualTo(before);
        assertThat(results.publishedOf(2036)).isEmpty();
    }

    @Test
    void anExcelListWithFormulasAndMergedHeaderCellsIsRead() throws IOException {
        long before = count();
        ResultImport withProblem = imports.check(actor(ADMIN),
                new Upload("daftar-2037.xlsx", workbook("=10/3"), 2037, SOURCE));
        assertThat(withProblem.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::value,
                RowProblem::messageKey)
                .containsExactly(tuple(8, "Indeks", "3.33333333333333", "result.import.index.decimals"));
        assertThat(imports.apply(actor(ADMIN), new Upload("daftar-2037.xlsx", workbook("=10/3"), 2037, SOURCE))
                .applied()).isZero();
        assertThat(count()).isEqualTo(before);

        Upload clean = new Upload("daftar-2037.xlsx", workbook("=2.14+0.45"), 2037, SOURCE);
        ResultImport preview = imports.check(actor(ADMIN), clean);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ResultImport.Row::line, ResultImport.Row::governmentCode,
                r -> r.index().toPlainString(), ResultImport.Row::predicate)
                .containsExactly(tuple(5, "76.04", "3.58", "Sangat Baik"), tuple(6, "75", "4.13", "Memuaskan"),
                        tuple(8, "75.71", "2.59", "Baik"));
        assertThat(imports.apply(actor(ADMIN), clean).applied()).isEqualTo(3);
        assertThat(count()).isEqualTo(before + 3);
    }

    @Test
    void unreadableFilesAndFilesWithoutAHeaderOrSourceAreRefused() {
        assertThat(refused("kosong.csv", "", 2038).problems()).extracting(RowProblem::line, RowProblem::messageKey)
                .containsExactly(tuple(0, "result.import.file.empty"));
        assertThat(refused("besar.csv", new byte[5 * 1024 * 1024 + 1], 2038).problems())
                .extracting(RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple("result.import.file.tooLarge", List.of("5")));
        assertThat(refused("latin1.csv", new byte[] {'N', 'a', 'm', 'a', '\n', (byte) 0xE9, '\n'}, 2038).problems())
                .extracting(RowProblem::messageKey).containsExactly("result.import.file.encoding");
        assertThat(refused("judul.csv", "Daerah X,Nilai Y\nKota Gorontalo,3\n", 2038).problems())
                .extracting(RowProblem::messageKey).containsExactly("result.import.header.missing");
        assertThat(refused("kosong2.csv", "Instansi,Indeks\n,\n", 2038).problems())
                .extracting(RowProblem::messageKey).containsExactly("result.import.rows.none");
        ResultImport noSource = imports.check(actor(ADMIN), new Upload("a.csv",
                "Instansi,Indeks\nKota Gorontalo,2.59\n".getBytes(StandardCharsets.UTF_8), 2038, " "));
        assertThat(noSource.problems()).extracting(RowProblem::line, RowProblem::messageKey)
                .containsExactly(tuple(0, "result.import.source.required"));
    }

    @Test
    void aNulOrAnotherControlCharacterIsA400NamingItsLine() {
        String csv = "Kode,Instansi,Indeks\n76.04,Kab. Polewali Mandar,3.58\n75\u0000,Prov. Gorontalo,4.13\n";

        HttpResponse<String> response = importApi("nul.csv", csv.getBytes(StandardCharsets.UTF_8), 2073, false);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = json(response).get("problems").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("problem").asString()).isEqualTo("result.import.file.control");
        assertThat(problem.get("message").asString()).startsWith("Baris 3 memuat karakter kendali U+0000");
        assertThat(refused("esc.csv", "Instansi;Indeks\nKota Gorontalo;2,59\n\nKab. Polewali Mandar\u001B;3,58\n", 2073)
                .problems()).extracting(RowProblem::line, RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple(4, "result.import.file.control", List.of(4, "U+001B")));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheirLine() {
        byte[] csv = "Instansi,Indeks\nKota Gorontalo,2.59\nKab. Polewali Mandar \u00e9,3.58\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refused("latin1.csv", csv, 2073).problems())
                .extracting(RowProblem::line, RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple(3, "result.import.file.encoding", List.of(3)));
        HttpResponse<String> response = importApi("latin1.csv", csv, 2073, false);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("problems").get(0).get("message").asString())
                .isEqualTo("Berkas CSV bukan UTF-8 (baris 3): simpan ulang sebagai „CSV UTF-8“.");
    }

    @Test
    void aMergedRangeOverTheWholeSheetIsRefusedBeforeItIsExpanded() throws IOException {
        byte[] file = list(sheet -> sheet.addMergedRegion(CellRangeAddress.valueOf("C12:CV9999")));

        assertThat(refused("gabung.xlsx", file, 2073).problems()).extracting(RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple("result.import.file.mergedBounds", List.of("Lampiran", "C12:CV9999", 5000, 100)));
        Visitor admin = visitor().signIn(ADMIN, DEMO_PASSWORD);
        String csrf = match("name=\"_csrf\" value=\"([^\"]+)\"", admin.get("/admin/hasil/impor").body());
        HttpResponse<String> page = admin.send(multipart("/admin/hasil/impor", "gabung.xlsx", file,
                Map.of("_csrf", csrf, "year", "2073", "source", SOURCE)));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Sel gabungan C12:CV9999 di lembar „Lampiran“ melewati batas 5000 baris × 100 kolom");
    }

    @Test
    void sheetsLongerOrWiderThanTheLimitsAreRefusedNamingTheLimit() throws IOException {
        assertThat(refused("panjang.xlsx", list(sheet -> sheet.createRow(5000).createCell(0).setCellValue("x")), 2073)
                .problems()).extracting(RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple("result.import.file.rows", List.of("Lampiran", 5000)));
        assertThat(refused("lebar.xlsx", list(sheet -> sheet.getRow(0).createCell(100).setCellValue("x")), 2073)
                .problems()).extracting(RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple("result.import.file.columns", List.of("Lampiran", 100, 1)));
        assertThat(refused("lebar.csv", "Instansi,Indeks" + ",".repeat(100) + "\nKota Gorontalo,2.59\n", 2073)
                .problems()).extracting(RowProblem::line, RowProblem::messageKey)
                .containsExactly(tuple(1, "result.import.file.columns.line"));
        HttpResponse<String> response = importApi("panjang.xlsx",
                list(sheet -> sheet.createRow(5000).createCell(0).setCellValue("x")), 2073, false);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("problems").get(0).get("message").asString())
                .startsWith("Lembar „Lampiran“ melewati batas 5000 baris");
    }

    @Test
    void thousandsOfFormulasOrAChainDeeperThanTheLimitAreRefused() throws IOException {
        byte[] many = list(sheet -> {
            sheet.getRow(0).createCell(10).setCellValue(1);
            for (int r = 1; r < 8000; r++) {
                row(sheet, r).createCell(10).setCellFormula("K" + r + "+1");
            }
        });
        assertThat(refused("rumus.xlsx", many, 2073).problems()).extracting(RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple("result.import.file.formulas", List.of(3000)));

        // K1 = K2+1, K2 = K3+1, …: evaluating K1 first would recurse once per link
        byte[] deep = list(sheet -> {
            for (int r = 0; r < 1500; r++) {
                row(sheet, r).createCell(10).setCellFormula(r == 1499 ? "1" : "K" + (r + 2) + "+1");
            }
        });
        HttpResponse<String> response = importApi("rantai.xlsx", deep, 2073, false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = json(response).get("problems").get(0);
        assertThat(problem.get("problem").asString()).isEqualTo("result.import.file.formulaDepth");
        assertThat(problem.get("message").asString()).contains("lebih dari 1000 rumus lain");
    }

    @Test
    void aChainWithinTheLimitIsEvaluatedInDependencyOrder() throws IOException {
        // 900 links evaluated from the top would recurse 900 deep; in dependency order each is one step
        byte[] file = list(sheet -> {
            Sheet helper = sheet.getWorkbook().createSheet("Hitung");
            for (int r = 0; r < 900; r++) {
                helper.createRow(r).createCell(0).setCellFormula(r == 899 ? "0" : "A" + (r + 2) + "+0");
            }
            sheet.getRow(2).getCell(1).setCellFormula("3.58+Hitung!A1");
        });

        HttpResponse<String> response = importApi("rantai-pendek.xlsx", file, 2073, false);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.get("clean").asBoolean()).as(response.body()).isTrue();
        assertThat(report.get("rows").get(1).get("index").decimalValue()).isEqualByComparingTo("3.58");
    }

    @Test
    void aZipThatInflatesFarBeyondItsSizeIsRefusedBeforePoiOpensIt() throws IOException {
        byte[] plain = list(sheet -> { });
        assertThat(refused("bom.xlsx", withEntry(plain, 40 * 1024 * 1024), 2073).problems())
                .extracting(RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple("result.import.file.zip.size", List.of(32L, 64L)));
        assertThat(refused("bom.xlsx", withEntry(plain, 8 * 1024 * 1024), 2073).problems())
                .extracting(RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple("result.import.file.zip.ratio", List.of(100)));
    }

    /** A clean two-row list on sheet "Lampiran" (header on row 1), changed by {@code hostile}. */
    private static byte[] list(java.util.function.Consumer<Sheet> hostile) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Lampiran");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Instansi");
            header.createCell(1).setCellValue("Indeks");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("Kota Gorontalo");
            first.createCell(1).setCellValue(2.59);
            Row second = sheet.createRow(2);
            second.createCell(0).setCellValue("Kab. Polewali Mandar");
            second.createCell(1).setCellValue(3.58);
            hostile.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    /** The workbook with one more entry of {@code size} zero bytes, which deflates to almost nothing. */
    private static byte[] withEntry(byte[] xlsx, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/media/image1.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < size / zeros.length; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void theAdminPagesPreviewAndApplyTheStoredUploadWithoutSendingItTwice() {
        Visitor admin = visitor().signIn(ADMIN, DEMO_PASSWORD);
        HttpResponse<String> form = admin.get("/admin/hasil/impor");
        assertThat(form.statusCode()).isEqualTo(200);
        String csrf = match("name=\"_csrf\" value=\"([^\"]+)\"", form.body());
        String csv = "Instansi;Indeks;Predikat\nKab. Polewali Mandar;3,58;Sangat Baik\nKota Gorontalo;9;\n";
        HttpResponse<String> refused = admin.send(multipart("/admin/hasil/impor", "salah.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of("_csrf", csrf, "year", "2039", "source", SOURCE)));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"import-problems\"").contains("9 di luar skala instrumen")
                .doesNotContain("id=\"apply\"");

        long before = count();
        String clean = "Instansi;Indeks;Predikat\nKab. Polewali Mandar;3,58;Sangat Baik\nKota Gorontalo;2,59;\n";
        HttpResponse<String> preview = admin.send(multipart("/admin/hasil/impor", "daftar-2039.csv",
                clean.getBytes(StandardCharsets.UTF_8), Map.of("_csrf", csrf, "year", "2039", "source", SOURCE)));
        assertThat(preview.body()).contains("id=\"apply\"").contains("3,58").contains("Kabupaten Polewali Mandar (76.04)");
        String token = match("name=\"token\" value=\"([^\"]+)\"", preview.body());
        String sha = match("name=\"sha256\" value=\"([^\"]+)\"", preview.body());
        assertThat(count()).isEqualTo(before);

        HttpResponse<String> wrongHash = admin.post("/admin/hasil/impor/terapkan",
                Map.of("_csrf", csrf, "token", token, "sha256", "0".repeat(64)));
        assertThat(wrongHash.statusCode()).isEqualTo(400);
        assertThat(count()).isEqualTo(before);

        HttpResponse<String> applied = admin.post("/admin/hasil/impor/terapkan",
                Map.of("_csrf", csrf, "token", token, "sha256", sha));
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(applied.body()).contains("2 hasil tahun 2039 diterapkan dari daftar-2039.csv");
        assertThat(count()).isEqualTo(before + 2);
        assertThat(admin.post("/admin/hasil/impor/terapkan", Map.of("_csrf", csrf, "token", token, "sha256", sha))
                .statusCode()).as("applied once").isEqualTo(400);
        assertThat(admin.get("/admin/hasil").body()).contains("<td>2039</td>");
    }

    @Test
    void onlyNationalAdminsImport() {
        HttpResponse<String> response = send(request("/api/v1/admin/results/import")
                .header("Authorization", "Bearer " + tokenOf(POLMAN_COORDINATOR))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private Upload upload(String name, String csv, int year) {
        return new Upload(name, csv.getBytes(StandardCharsets.UTF_8), year, SOURCE);
    }

    private ResultImport refused(String name, String csv, int year) {
        return refused(name, csv.getBytes(StandardCharsets.UTF_8), year);
    }

    /** Checks and tries to apply the file: it must be refused with nothing recorded. */
    private ResultImport refused(String name, byte[] content, int year) {
        long before = count();
        Upload upload = new Upload(name, content, year, SOURCE);
        ResultImport report = imports.check(actor(ADMIN), upload);
        assertThat(report.clean()).isFalse();
        ResultImport applied = imports.apply(actor(ADMIN), upload);
        assertThat(applied.applied()).isZero();
        assertThat(applied.problems()).isEqualTo(report.problems());
        assertThat(count()).as("nothing recorded").isEqualTo(before);
        return report;
    }

    private long count() {
        return jdbc.sql("select count(*) from government_result").query(Long.class).single();
    }

    /**
     * A list as a ministry might publish it: a title merged over the columns, a two-row header
     * ("Hasil" merged over "Indeks" and "Predikat", the other headers merged down), indices as
     * formulas (2.76+0.82 is 3.5799999999999996 in binary: read as Excel shows it, 3.58), a year as a
     * number, and an empty row between the data rows.
     */
    private static byte[] workbook(String lastIndexFormula) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Lampiran");
            sheet.createRow(0).createCell(0).setCellValue("Lampiran Keputusan Menteri PANRB: Indeks Pemdi 2037");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("No");
            header.createCell(1).setCellValue("Instansi Pemerintah");
            header.createCell(2).setCellValue("Tahun");
            header.createCell(3).setCellValue("Hasil");
            Row second = sheet.createRow(3);
            second.createCell(3).setCellValue("Indeks");
            second.createCell(4).setCellValue("Predikat");
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 3, 4));
            Object[][] data = {{1, "Kab. Polewali Mandar", 2037, "=2.76+0.82", "Sangat Baik"},
                    {2, "Provinsi Gorontalo", 2037, 4.13, "=\"Memu\"&\"askan\""}, null,
                    {3, "Kota Gorontalo", 2037, lastIndexFormula, ""}};
            for (int r = 0; r < data.length; r++) {
                Row row = sheet.createRow(4 + r);
                if (data[r] == null) {
                    row.createCell(1).setCellValue("");
                    continue;
                }
                for (int c = 0; c < data[r].length; c++) {
                    Object value = data[r][c];
                    if (value instanceof String text && text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<String> importApi(String fileName, byte[] content, int year, boolean apply) {
        return send(multipart("/api/v1/admin/results/import", fileName, content,
                Map.of("year", String.valueOf(year), "source", SOURCE, "apply", String.valueOf(apply)))
                .setHeader("Accept", "application/json").header("Authorization", "Bearer " + tokenOf(ADMIN)));
    }

    private HttpRequest.Builder multipart(String path, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----sinergi" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static String match(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(1);
    }
}
