package id.sinergi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.WebTest;
import id.sinergi.evidence.EvidenceFile;
import id.sinergi.evidence.EvidenceLibrary;
import id.sinergi.evidence.EvidenceProblem;
import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evidence beyond the single upload: links, versions (drafts follow the new version, decided and
 * frozen answers keep theirs), one file supporting several indicators, carrying evidence into the
 * next period, removal of what supports nothing, immutability once frozen, text extracted off the
 * request thread, and the conflict a stale writer sees.
 */
public class EvidenceLifecycleTest extends WebTest {

    @Autowired
    Evaluations evaluations;

    @Autowired
    Contributions contributions;

    @Autowired
    Stages stages;

    @Autowired
    EvidenceLibrary library;

    @Autowired
    JdbcClient jdbc;

    private long polman;
    private long diskominfo;
    private Actor operator;
    private Actor coordinator;

    @BeforeEach
    void people() {
        polman = governmentIdOf(POLMAN_COORDINATOR);
        operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        coordinator = actor(POLMAN_COORDINATOR);
        diskominfo = operator.grants().get(0).agencyId();
    }

    /** A small PDF whose page says {@code text}; PDFBox reads it although it has no cross-reference table. */
    public static byte[] pdfSaying(String text) {
        String content = "BT /F1 12 Tf 20 100 Td (" + text + ") Tj ET";
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 400 200]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>endobj\n"
                + "4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
                + "5 0 obj<</Length " + content.length() + ">>stream\n" + content + "\nendstream\nendobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    private EvidenceFile upload(Actor actor, String name, String text) {
        return library.upload(actor, polman, name, new ByteArrayInputStream(pdfSaying(text)));
    }

    private long period(int year, String... codes) {
        long id = evaluations.open(actor(ADMIN), new OpenPeriod(year, null, BundledInstrumentFiles.SPBE_2020,
                EvaluationPeriodTest.schedule(clock.today()), List.of("76.04"))).id();
        for (String code : codes) {
            evaluations.assign(coordinator, polman, id, code, List.of(diskominfo), null);
        }
        return id;
    }

    private static String key(Throwable e) {
        return e instanceof EvidenceProblem p ? p.messageKey() : ((AssessmentProblem) e).messageKey();
    }

    @Test
    void aLinkIsRegisteredOnceAndBadAddressesAreNamed() {
        String address = "https://jdih.polewalimandarkab.go.id/perbup/" + UUID.randomUUID();
        HttpResponse<String> created = postJson("/api/v1/governments/" + polman + "/evidence/links",
                "{\"url\": \"" + address + "\", \"title\": \"Perbup Arsitektur SPBE\"}", tokenOf(POLMAN_COORDINATOR));
        HttpResponse<String> again = postJson("/api/v1/governments/" + polman + "/evidence/links",
                "{\"url\": \"" + address + "\", \"title\": \"Judul lain\"}", tokenOf(POLMAN_COORDINATOR));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("kind").asString()).isEqualTo("LINK");
        assertThat(json(created).get("url").asString()).isEqualTo(address);
        assertThat(json(again).get("id").asLong()).isEqualTo(json(created).get("id").asLong());
        for (String bad : List.of("javascript:alert(1)", "ftp://files.example.go.id/a.pdf", "https:///tanpa-host",
                "https://user:rahasia@example.go.id/", "bukan alamat")) {
            HttpResponse<String> refused = postJson("/api/v1/governments/" + polman + "/evidence/links",
                    "{\"url\": \"" + bad + "\", \"title\": \"x\"}", tokenOf(POLMAN_COORDINATOR));
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(json(refused).get("detail").asString()).as(bad).contains("Alamat tautan tidak sah");
        }
        HttpResponse<String> untitled = postJson("/api/v1/governments/" + polman + "/evidence/links",
                "{\"url\": \"https://example.go.id/x\", \"title\": \"  \"}", tokenOf(POLMAN_COORDINATOR));
        assertThat(json(untitled).get("detail").asString()).contains("judul tautan");
        HttpResponse<String> download = send(request("/api/v1/governments/" + polman + "/evidence/"
                + json(created).get("id").asLong() + "/content").header("Authorization", "Bearer " + tokenOf(POLMAN_COORDINATOR)));
        assertThat(download.statusCode()).isEqualTo(400);
        assertThat(json(download).get("detail").asString()).contains(address);
    }

    @Test
    void aNewVersionReplacesTheFileInDraftsButNotInDecidedOrFrozenAnswers() {
        long periodId = period(2084, "1", "2", "3");
        EvidenceFile v1 = upload(operator, "SK Tim SPBE.pdf", "SK Tim SPBE " + UUID.randomUUID());
        Contribution draft = contributions.save(operator, polman, periodId, "1", diskominfo, new BigDecimal("3"), "Draf.", 0, false);
        Contribution decided = contributions.save(operator, polman, periodId, "2", diskominfo, new BigDecimal("2"), "Ajukan.", 0, false);
        contributions.attach(operator, polman, periodId, "1", diskominfo, v1.id());
        contributions.attach(operator, polman, periodId, "2", diskominfo, v1.id());
        decided = contributions.save(operator, polman, periodId, "2", diskominfo, new BigDecimal("2"), "Ajukan.", decided.version(), true);
        contributions.approve(coordinator, polman, periodId, decided.id(), decided.version());
        assertThat(contributions.evidenceUse(coordinator, polman).get(v1.id())).containsExactly("2084 · 1", "2084 · 2");

        HttpResponse<String> version = multipart("/api/v1/governments/" + polman + "/evidence/" + v1.id() + "/versions",
                "SK Tim SPBE (revisi).pdf", pdfSaying("SK Tim SPBE revisi " + UUID.randomUUID()), tokenOf(POLMAN_DISKOMINFO_OPERATOR));

        assertThat(version.statusCode()).isEqualTo(201);
        long v2 = json(version).get("id").asLong();
        assertThat(json(version).get("version").asInt()).isEqualTo(2);
        assertThat(json(version).get("replaces").asLong()).isEqualTo(v1.id());
        assertThat(evidenceOf(periodId, "1")).containsExactly(v2);
        assertThat(evidenceOf(periodId, "2")).containsExactly(v1.id());
        assertThat(library.versions(coordinator, polman, v1.id())).extracting(EvidenceFile::id).containsExactly(v2, v1.id());
        assertThat(library.files(coordinator, polman)).extracting(EvidenceFile::id).contains(v2).doesNotContain(v1.id());
        assertThat(library.latest(coordinator, polman, v1.id()).id()).isEqualTo(v2);
        assertThatThrownBy(() -> library.uploadVersion(operator, polman, v1.id(), "lagi.pdf",
                new ByteArrayInputStream(pdfSaying("lain " + UUID.randomUUID()))))
                .extracting(EvidenceLifecycleTest::key).isEqualTo("evidence.version.notLatest");
        EvidenceFile latest = library.latest(coordinator, polman, v2);
        byte[] sameBytes = library.versions(coordinator, polman, v2).isEmpty() ? null : readAll(latest);
        assertThatThrownBy(() -> library.uploadVersion(operator, polman, v2, "sama.pdf", new ByteArrayInputStream(sameBytes)))
                .extracting(EvidenceLifecycleTest::key).isEqualTo("evidence.version.same");
        byte[] other = pdfSaying("berkas lain " + UUID.randomUUID());
        library.upload(operator, polman, "lain.pdf", new ByteArrayInputStream(other));
        assertThatThrownBy(() -> library.uploadVersion(operator, polman, v2, "lain lagi.pdf", new ByteArrayInputStream(other)))
                .extracting(EvidenceLifecycleTest::key).isEqualTo("evidence.version.exists");
        assertThatThrownBy(() -> library.uploadVersion(operator, polman, v2, "nol.pdf", new ByteArrayInputStream(new byte[0])))
                .extracting(EvidenceLifecycleTest::key).isEqualTo("evidence.empty");
        assertThat(library.versions(coordinator, polman, v2)).hasSize(2);
    }

    private byte[] readAll(EvidenceFile file) {
        try {
            return Files.readAllBytes(library.content(coordinator, polman, file.id()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFrozenStageKeepsItsEvidenceAndTheDatabaseRefusesToRewriteIt() {
        long periodId = period(2085);
        var instrument = BundledInstrumentFiles.instrument(BundledInstrumentFiles.SPBE_2020);
        EvidenceFile file = upload(coordinator, "Renstra.pdf", "Renstra " + UUID.randomUUID());
        for (var indicator : instrument.indicators()) {
            evaluations.assign(coordinator, polman, periodId, indicator.code(), List.of(diskominfo), null);
            Contribution c = contributions.save(operator, polman, periodId, indicator.code(), diskominfo,
                    BigDecimal.valueOf(2), "Penjelasan " + indicator.code(), 0, false);
            if (indicator.code().equals("1")) {
                contributions.attach(operator, polman, periodId, "1", diskominfo, file.id());
            }
            c = contributions.save(operator, polman, periodId, indicator.code(), diskominfo, c.value(), c.explanation(),
                    c.version(), true);
            contributions.approve(coordinator, polman, periodId, c.id(), c.version());
        }

        StageSnapshot self = stages.freeze(coordinator, polman, periodId, Stage.SELF_ASSESSMENT);

        assertThat(self.evidence()).containsEntry("1", List.of(file.id()));
        assertThatThrownBy(() -> contributions.detach(operator, polman, periodId, "1", diskominfo, file.id()))
                .extracting(EvidenceLifecycleTest::key).isEqualTo("stage.frozen");
        assertThatThrownBy(() -> library.remove(coordinator, polman, file.id()))
                .extracting(EvidenceLifecycleTest::key).isEqualTo("evidence.remove.inUse");
        assertThatThrownBy(() -> jdbc.sql("update evidence_file set original_name = 'diganti.pdf' where id = ?")
                .param(file.id()).update()).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from evidence_file where id = ?").param(file.id()).update())
                .hasMessageContaining("contribution_evidence");
        // A new version is still possible (the library moves on); the frozen stage keeps pointing at the old one.
        EvidenceFile v2 = library.uploadVersion(coordinator, polman, file.id(), "Renstra revisi.pdf",
                new ByteArrayInputStream(pdfSaying("Renstra revisi " + UUID.randomUUID())));
        assertThat(stages.snapshots(coordinator, polman, periodId).get(0).evidence()).containsEntry("1", List.of(file.id()));
        assertThat(evidenceOf(periodId, "1")).containsExactly(file.id());
        assertThat(v2.version()).isEqualTo(2);
    }

    @Test
    void evidenceIsCarriedIntoTheNextPeriodInItsLatestVersion() {
        long first = period(2082, "4");
        EvidenceFile kept = upload(operator, "Kebijakan TIK.pdf", "Kebijakan " + UUID.randomUUID());
        EvidenceFile link = library.registerLink(operator, polman, "https://jdih.example.go.id/" + UUID.randomUUID(), "Perbup");
        Contribution c = contributions.save(operator, polman, first, "4", diskominfo, new BigDecimal("3"), "Ada.", 0, false);
        contributions.attach(operator, polman, first, "4", diskominfo, kept.id());
        contributions.attach(operator, polman, first, "4", diskominfo, link.id());
        c = contributions.save(operator, polman, first, "4", diskominfo, c.value(), c.explanation(), c.version(), true);
        contributions.approve(coordinator, polman, first, c.id(), c.version());
        EvidenceFile newer = library.uploadVersion(operator, polman, kept.id(), "Kebijakan TIK 2.pdf",
                new ByteArrayInputStream(pdfSaying("Kebijakan baru " + UUID.randomUUID())));

        long next = period(2083, "4", "5");
        var item = contributions.workOf(operator, polman, next, diskominfo).stream()
                .filter(w -> w.indicatorCode().equals("4")).findFirst().orElseThrow();
        assertThat(item.previousEvidence()).isEqualTo(2);
        assertThatThrownBy(() -> contributions.carryForward(operator, polman, next, "4", diskominfo))
                .extracting(EvidenceLifecycleTest::key).isEqualTo("contribution.saveFirst");
        contributions.save(operator, polman, next, "4", diskominfo, new BigDecimal("3"), "Sama seperti tahun lalu.", 0, false);

        Visitor page = visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD);
        String base = "/instansi/" + polman + "/evaluasi/" + next + "/opd/" + diskominfo;
        page.get(base);
        HttpResponse<String> carried = page.post(base + "/bukti/bawa", Map.of("indicatorCode", "4"));

        assertThat(carried.statusCode()).isEqualTo(200);
        assertThat(carried.body()).contains("2 bukti dari periode sebelumnya dilampirkan pada indikator 4");
        assertThat(evidenceOf(next, "4")).containsExactlyInAnyOrder(newer.id(), link.id());
        assertThat(contributions.carryForward(operator, polman, next, "4", diskominfo)).isZero();
        contributions.save(operator, polman, next, "5", diskominfo, new BigDecimal("1"), "Belum ada.", 0, false);
        HttpResponse<String> none = page.post(base + "/bukti/bawa", Map.of("indicatorCode", "5"));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("Tidak ada bukti indikator 5 pada periode sebelumnya");
    }

    @Test
    void onlyWhatSupportsNothingIsRemovedAndOnlyByItsUploaderOrACoordinator() throws Exception {
        EvidenceFile mine = upload(operator, "salah unggah.pdf", "salah " + UUID.randomUUID());
        EvidenceFile theirs = upload(coordinator, "milik koordinator.pdf", "koordinator " + UUID.randomUUID());
        Path stored = library.content(coordinator, polman, mine.id());
        assertThat(stored).exists();

        assertThatThrownBy(() -> library.remove(operator, polman, theirs.id())).isInstanceOf(NotPermittedException.class);
        HttpResponse<String> removed = send(request("/api/v1/governments/" + polman + "/evidence/" + mine.id())
                .header("Authorization", "Bearer " + tokenOf(POLMAN_DISKOMINFO_OPERATOR)).DELETE());

        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(library.file(coordinator, polman, mine.id())).isEmpty();
        assertThat(stored).doesNotExist();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'evidence.remove' and subject_id = ?")
                .param(String.valueOf(mine.id())).query(Long.class).single()).isEqualTo(1);
        HttpResponse<String> foreign = send(request("/api/v1/governments/" + polman + "/evidence/" + theirs.id())
                .header("Authorization", "Bearer " + tokenOf(GORONTALO_PROVINCE_COORDINATOR)).DELETE());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(library.file(coordinator, polman, theirs.id())).isPresent();
    }

    @Test
    void textIsExtractedAfterTheUploadAnswers() throws Exception {
        String words = "Peraturan Bupati Arsitektur SPBE nomor " + UUID.randomUUID().toString().substring(0, 8);
        EvidenceFile file = upload(coordinator, "perbup.pdf", words);

        assertThat(awaitExtraction()).isTrue();

        assertThat(library.text(coordinator, polman, file.id())).hasValueSatisfying(t -> assertThat(t).contains(words));
        assertThat(jdbc.sql("select text_status from evidence_file where id = ?").param(file.id()).query(String.class)
                .single()).isEqualTo("EXTRACTED");
        assertThat(library.file(coordinator, polman, file.id()).orElseThrow().textStatus())
                .isEqualTo(EvidenceFile.TextStatus.EXTRACTED);
    }

    @Test
    void anOperatorOfAnotherOpdReadsNeitherTheContributionNorItsEvidence() {
        long periodId = period(2033, "8");
        EvidenceFile draft = upload(operator, "Draf Diskominfo.pdf", "draf " + UUID.randomUUID());
        Contribution contribution = contributions.save(operator, polman, periodId, "8", diskominfo, new BigDecimal("2"),
                "Draf Diskominfo.", 0, false);
        contributions.attach(operator, polman, periodId, "8", diskominfo, draft.id());
        String base = "/api/v1/governments/" + polman + "/assessments/" + periodId;
        String bappeda = tokenOf("operator.bappeda.polman@sinergi.test");

        HttpResponse<String> work = getWith(base + "/agencies/" + diskominfo + "/work", bappeda);
        HttpResponse<String> evidence = getWith(base + "/contributions/" + contribution.id() + "/evidence", bappeda);

        assertThat(work.statusCode()).as("the contribution itself").isEqualTo(403);
        assertThat(evidence.statusCode()).as("the evidence of the same contribution").isEqualTo(403);
        assertThat(evidence.body()).doesNotContain("Draf Diskominfo.pdf");
        for (String reader : List.of(POLMAN_DISKOMINFO_OPERATOR, POLMAN_COORDINATOR, "pimpinan.polman@sinergi.test")) {
            HttpResponse<String> allowed = getWith(base + "/contributions/" + contribution.id() + "/evidence", tokenOf(reader));
            assertThat(allowed.statusCode()).as(reader).isEqualTo(200);
            assertThat(allowed.body()).as(reader).contains("Draf Diskominfo.pdf");
        }
    }

    @Test
    void onlyTheUploaderTheOpdsUsingItOrACoordinatorReplaceAFileAndAssessorsAddNone() {
        long periodId = period(2034, "9");
        EvidenceFile sk = upload(coordinator, "SK Tim Diskominfo.pdf", "SK " + UUID.randomUUID());
        contributions.save(operator, polman, periodId, "9", diskominfo, new BigDecimal("2"), "Draf.", 0, false);
        contributions.attach(operator, polman, periodId, "9", diskominfo, sk.id());
        String versions = "/api/v1/governments/" + polman + "/evidence/" + sk.id() + "/versions";

        HttpResponse<String> otherOpd = multipart(versions, "ganti.pdf", pdfSaying("Bappeda " + UUID.randomUUID()),
                tokenOf("operator.bappeda.polman@sinergi.test"));
        HttpResponse<String> assessor = multipart(versions, "asesor.pdf", pdfSaying("asesor " + UUID.randomUUID()),
                tokenOf("asesor@sinergi.test"));
        HttpResponse<String> assessorUpload = multipart("/api/v1/governments/" + polman + "/evidence", "asesor.pdf",
                pdfSaying("asesor " + UUID.randomUUID()), tokenOf("asesor@sinergi.test"));
        HttpResponse<String> assessorLink = postJson("/api/v1/governments/" + polman + "/evidence/links",
                "{\"url\": \"https://contoh.go.id/" + UUID.randomUUID() + "\", \"title\": \"x\"}", tokenOf("asesor@sinergi.test"));

        assertThat(otherOpd.statusCode()).as("an operator of an OPD that does not use it").isEqualTo(403);
        assertThat(assessor.statusCode()).isEqualTo(403);
        assertThat(assessorUpload.statusCode()).isEqualTo(403);
        assertThat(assessorLink.statusCode()).isEqualTo(403);
        assertThat(evidenceOf(periodId, "9")).containsExactly(sk.id());
        assertThat(library.latest(coordinator, polman, sk.id()).id()).isEqualTo(sk.id());
        HttpResponse<String> usingOpd = multipart(versions, "SK Tim Diskominfo (revisi).pdf",
                pdfSaying("revisi " + UUID.randomUUID()), tokenOf(POLMAN_DISKOMINFO_OPERATOR));
        assertThat(usingOpd.statusCode()).as("an operator of the OPD whose draft uses it").isEqualTo(201);
        assertThat(evidenceOf(periodId, "9")).containsExactly(json(usingOpd).get("id").asLong());
    }

    private HttpResponse<String> getWith(String path, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).GET());
    }

    @Test
    void aStaleWriterSeesTheCurrentEntryAndKeepsTheirOwnText() {
        long periodId = period(2086, "6");
        Contribution first = contributions.save(operator, polman, periodId, "6", diskominfo, new BigDecimal("2"),
                "Tulisan pertama.", 0, false);
        contributions.save(coordinator, polman, periodId, "6", diskominfo, new BigDecimal("3"),
                "Koordinator menambahkan rincian audit.", first.version(), false);
        Visitor page = visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD);
        String base = "/instansi/" + polman + "/evaluasi/" + periodId + "/opd/" + diskominfo;
        page.get(base);

        HttpResponse<String> stale = page.post(base, Map.of("indicatorCode", "6", "value", "4",
                "explanation", "Tulisan saya yang belum tersimpan.", "version", String.valueOf(first.version())));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Koordinator menambahkan rincian audit.", "Tulisan saya yang belum tersimpan.",
                "Isian terbaru yang tersimpan (versi 2)");
        assertThat(stale.body()).contains("name=\"version\" value=\"2\"");
        HttpResponse<String> merged = page.post(base, Map.of("indicatorCode", "6", "value", "4",
                "explanation", "Gabungan: rincian audit dan tulisan saya.", "version", "2"));
        assertThat(merged.statusCode()).isEqualTo(200);
        assertThat(contributions.workOf(operator, polman, periodId, diskominfo).get(0).contribution().explanation())
                .isEqualTo("Gabungan: rincian audit dan tulisan saya.");
    }

    @Test
    void theCoordinatorConsolidatesOneAnswerFromSeveralOpdsWithChosenEvidence() {
        long periodId = period(2079);
        long other = organization.agencies(coordinator, polman).stream()
                .filter(a -> a.active() && a.id() != diskominfo).findFirst().orElseThrow().id();
        evaluations.assign(coordinator, polman, periodId, "7", List.of(diskominfo, other), diskominfo);
        EvidenceFile mine = upload(operator, "Perbup Tata Kelola.pdf", "tata kelola " + UUID.randomUUID());
        EvidenceFile theirs = upload(coordinator, "Laporan OPD lain.pdf", "laporan " + UUID.randomUUID());
        Contribution a = contributions.save(operator, polman, periodId, "7", diskominfo, new BigDecimal("3"), "Perbup ada.", 0, false);
        contributions.attach(operator, polman, periodId, "7", diskominfo, mine.id());
        a = contributions.save(operator, polman, periodId, "7", diskominfo, a.value(), a.explanation(), a.version(), true);
        Contribution b = contributions.save(coordinator, polman, periodId, "7", other, new BigDecimal("4"), "Sudah dievaluasi.", 0, false);
        contributions.attach(coordinator, polman, periodId, "7", other, theirs.id());
        b = contributions.save(coordinator, polman, periodId, "7", other, b.value(), b.explanation(), b.version(), true);
        contributions.approve(coordinator, polman, periodId, a.id(), a.version());
        contributions.approve(coordinator, polman, periodId, b.id(), b.version());
        var approved = contributions.answer(coordinator, polman, periodId, "7").orElseThrow();
        assertThat(approved.evidence()).extracting(EvidenceFile::id).containsExactlyInAnyOrder(mine.id(), theirs.id());

        Visitor page = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        String review = "/instansi/" + polman + "/evaluasi/" + periodId + "/indikator/7";
        assertThat(page.get(review).body()).contains("Perbup Tata Kelola.pdf", "Laporan OPD lain.pdf", "Konsolidasikan jawaban");
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("value", "3",
                "explanation", "Perbup ada dan sudah dievaluasi oleh OPD lain.", "evidenceId", String.valueOf(mine.id()),
                "version", String.valueOf(approved.answer().version())));
        HttpResponse<String> saved = page.post(review + "/jawaban", form);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Jawaban instansi untuk indikator 7 disimpan");
        var consolidated = contributions.answer(coordinator, polman, periodId, "7").orElseThrow();
        assertThat(consolidated.answer().value()).isEqualByComparingTo("3");
        assertThat(consolidated.answer().explanation()).isEqualTo("Perbup ada dan sudah dievaluasi oleh OPD lain.");
        assertThat(consolidated.evidence()).extracting(EvidenceFile::id).containsExactly(mine.id());
        HttpResponse<String> stale = page.post(review + "/jawaban", form);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("baru saja diubah oleh orang lain");
        HttpResponse<String> unknown = send(request("/api/v1/governments/" + polman + "/assessments/" + periodId + "/answers/7")
                .header("Authorization", "Bearer " + tokenOf(POLMAN_COORDINATOR)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 4, \"explanation\": \"x\", \"evidenceIds\": [999999999], "
                        + "\"version\": " + consolidated.answer().version() + "}")));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("detail").asString()).contains("999999999");
        assertThat(contributions.answer(coordinator, polman, periodId, "7").orElseThrow().answer().version())
                .isEqualTo(consolidated.answer().version());
        assertThatThrownBy(() -> contributions.answer(operator, polman, periodId, "7")).as("operators read their own work only")
                .isInstanceOf(NotPermittedException.class);
    }

    @Autowired
    id.sinergi.organization.Organization organization;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private boolean awaitExtraction() throws Exception {
        Object extraction = context.getBean("textExtraction");
        var await = extraction.getClass().getDeclaredMethod("awaitIdle", long.class, TimeUnit.class);
        await.setAccessible(true);
        return (boolean) await.invoke(extraction, 60L, TimeUnit.SECONDS);
    }

    private List<Long> evidenceOf(long periodId, String code) {
        return contributions.workOf(coordinator, polman, periodId, diskominfo).stream()
                .filter(w -> w.indicatorCode().equals(code)).findFirst().orElseThrow().evidence().stream()
                .map(EvidenceFile::id).toList();
    }

    private HttpResponse<String> postJson(String path, String body, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> multipart(String path, String fileName, byte[] content, String token) {
        String boundary = "----sinergi" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }
}
