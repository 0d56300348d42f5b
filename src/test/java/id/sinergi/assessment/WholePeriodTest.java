package id.sinergi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.WebTest;
import id.sinergi.evidence.EvidenceFile;
import id.sinergi.evidence.EvidenceLibrary;
import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Organization;
import id.sinergi.scoring.ScoreCalculator;
import id.sinergi.scoring.ScoreResult;
import id.sinergi.shared.Actor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One whole period for the demo Polewali Mandar: the admin opens it on 59/2020, the coordinator assigns
 * all 47 indicators, operators contribute with an uploaded PDF each, the coordinator returns one and
 * approves the rest, the self-assessment is frozen with its evidence references, an assessor scores the
 * document, interview, visit and final stages, each on a day of its window, and the final index equals
 * the calculator's for the final levels.
 */
class WholePeriodTest extends WebTest {

    @Autowired
    Evaluations evaluations;

    @Autowired
    Contributions contributions;

    @Autowired
    Stages stages;

    @Autowired
    Organization organization;

    @Autowired
    EvidenceLibrary library;

    @Test
    void aWholePeriodForPolewaliMandar() {
        Actor admin = actor(ADMIN);
        Actor coordinator = actor(POLMAN_COORDINATOR);
        Actor assessor = actor("asesor@sinergi.test");
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        EvaluationPeriod period = evaluations.open(admin, new OpenPeriod(2090, null, BundledInstrumentFiles.SPBE_2020,
                EvaluationPeriodTest.schedule(clock.today()), List.of("76.04")));
        List<Agency> agencies = organization.agencies(coordinator, polman).stream().filter(Agency::active).toList();
        Instrument instrument = BundledInstrumentFiles.instrument(BundledInstrumentFiles.SPBE_2020);

        int i = 0;
        for (Indicator indicator : instrument.indicators()) {
            Agency agency = agencies.get(i++ % agencies.size());
            evaluations.assign(coordinator, polman, period.id(), indicator.code(), List.of(agency.id()), null);
        }
        assertThat(evaluations.board(coordinator, polman, period.id()).assignedCount()).isEqualTo(47);

        i = 0;
        String run = UUID.randomUUID().toString();
        Map<String, Long> evidence = new LinkedHashMap<>();
        for (Indicator indicator : instrument.indicators()) {
            Agency agency = agencies.get(i % agencies.size());
            Actor operator = operatorOf(agency, polman);
            BigDecimal level = BigDecimal.valueOf(2 + i % 3);
            Contribution draft = contributions.save(operator, polman, period.id(), indicator.code(), agency.id(),
                    level, "Bukti untuk indikator " + indicator.code(), 0, false);
            EvidenceFile file = library.upload(operator, polman, "Bukti indikator " + indicator.code() + ".pdf",
                    new ByteArrayInputStream(EvidenceLifecycleTest.pdfSaying("Indikator " + indicator.code() + " " + run)));
            contributions.attach(operator, polman, period.id(), indicator.code(), agency.id(), file.id());
            evidence.put(indicator.code(), file.id());
            Contribution submitted = contributions.save(operator, polman, period.id(), indicator.code(), agency.id(),
                    level, draft.explanation(), draft.version(), true);
            if (indicator.code().equals("5")) {
                Contribution returned = contributions.returnForRevision(coordinator, polman, period.id(), submitted.id(),
                        submitted.version(), "Lengkapi dasar hukumnya.");
                submitted = contributions.save(operator, polman, period.id(), indicator.code(), agency.id(), level,
                        "Dasar hukum dilengkapi.", returned.version(), true);
            }
            contributions.approve(coordinator, polman, period.id(), submitted.id(), submitted.version());
            i++;
        }
        assertThatThrownBy(() -> stages.enter(assessor, polman, period.id(), Stage.DOCUMENT, "1", BigDecimal.ONE, null, null, 0))
                .extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo("stage.previousOpen");
        StageSnapshot self = stages.freeze(coordinator, polman, period.id(), Stage.SELF_ASSESSMENT);
        assertThat(self.values()).hasSize(47);
        evidence.forEach((code, id) -> assertThat(self.evidence()).containsEntry(code, List.of(id)));
        assertThatThrownBy(() -> stages.enter(assessor, polman, period.id(), Stage.DOCUMENT, "1", BigDecimal.ONE, null, null, 0))
                .extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo("stage.window.notYetOpen");

        Map<String, BigDecimal> finalLevels = new LinkedHashMap<>();
        for (Stage stage : List.of(Stage.DOCUMENT, Stage.INTERVIEW, Stage.VISIT, Stage.FINAL)) {
            clock.setToday(period.window(stage).opensOn());
            int k = 0;
            for (Indicator indicator : instrument.indicators()) {
                BigDecimal value = BigDecimal.valueOf(1 + (k + stage.ordinal()) % 5);
                stages.enter(assessor, polman, period.id(), stage, indicator.code(), value, "Catatan " + stage,
                        "Rekomendasi " + indicator.code(), 0);
                if (stage == Stage.FINAL) {
                    finalLevels.put(indicator.code(), value);
                }
                k++;
            }
            stages.freeze(assessor, polman, period.id(), stage);
        }

        ScoreResult expected = ScoreCalculator.score(instrument, finalLevels);
        Map<Long, BigDecimal> expectedGap = new LinkedHashMap<>();
        int j = 0;
        for (Indicator indicator : instrument.indicators()) {
            BigDecimal answered = BigDecimal.valueOf(2 + j % 3);
            expectedGap.merge(agencies.get(j % agencies.size()).id(), finalLevels.get(indicator.code()).subtract(answered),
                    BigDecimal::add);
            j++;
        }
        List<AgencyGap> gaps = stages.gapsByAgency(coordinator, polman, period.id(), Stage.FINAL);
        assertThat(gaps).hasSize(agencies.size());
        gaps.forEach(g -> assertThat(g.totalGap()).as("gap of OPD %d", g.agencyId())
                .isEqualByComparingTo(expectedGap.get(g.agencyId())));
        assertThat(gaps.stream().mapToInt(AgencyGap::compared).sum()).isEqualTo(47);
        StageSnapshot last = stages.snapshots(coordinator, polman, period.id()).stream()
                .filter(s -> s.stage() == Stage.FINAL).findFirst().orElseThrow();
        assertThat(last.index()).isEqualTo(expected.indexRounded().toPlainString());
        assertThat(last.predicate()).isEqualTo(expected.predicate());
        assertThat(stages.snapshots(coordinator, polman, period.id())).hasSize(5);
        assertThatThrownBy(() -> stages.enter(assessor, polman, period.id(), Stage.FINAL, "1", BigDecimal.ONE, null, null, 1))
                .extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo("stage.frozen");
        assertThatThrownBy(() -> contributions.save(operatorOf(agencies.get(0), polman), polman, period.id(), "1",
                agencies.get(0).id(), BigDecimal.ONE, "terlambat", 99, false))
                .extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo("stage.frozen");

        IndexBreakdown breakdown = stages.breakdown(coordinator, polman, period.id(), Stage.FINAL);
        assertThat(breakdown.index()).isEqualTo(last.index());
        assertThat(breakdown.domains()).hasSize(4);
        assertThat(breakdown.aspects()).hasSize(8);
        assertThat(breakdown.domains().get(0).value()).isEqualTo(expected.domains().get(0).rounded().toPlainString());
        assertThat(breakdown.indexSum().terms()).hasSize(4);
        Visitor page = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        String detail = page.get("/instansi/" + polman + "/evaluasi/" + period.id() + "/indeks?tahap=FINAL").body();
        assertThat(detail).contains("Rincian indeks", expected.domains().get(0).name(), "Penjelasan", ui(last.index()));
        assertThat(page.get("/instansi/" + polman + "/evaluasi/" + period.id() + "/indeks?tahap=TIDAK-ADA").statusCode())
                .isIn(403, 404);
        assertThat(json(send(request("/api/v1/governments/" + polman + "/assessments/" + period.id() + "/score?stage=FINAL")
                .header("Authorization", "Bearer " + tokenOf(POLMAN_COORDINATOR)))).get("index").asString())
                .isEqualTo(last.index());
        String board = page.get("/instansi/" + polman + "/evaluasi/" + period.id()).body();
        assertThat(board).contains("Penilaian mandiri", "Final", last.predicate(), ui(last.index()));
        assertThat(visitor().signIn("asesor@sinergi.test", DEMO_PASSWORD)
                .get("/instansi/" + polman + "/evaluasi/" + period.id() + "/tahap/FINAL").body())
                .contains("Tahap ini sudah dibekukan", "Selisih per OPD", agencies.get(0).name());
        assertThat(json(send(request("/api/v1/governments/" + polman + "/assessments/" + period.id() + "/stages/FINAL/gaps")
                .header("Authorization", "Bearer " + tokenOf(POLMAN_COORDINATOR)))).size()).isEqualTo(agencies.size());
    }

    /** How the page writes a decimal in Indonesian. */
    private static String ui(String decimal) {
        return decimal.replace('.', ',');
    }

    private Actor operatorOf(Agency agency, long polman) {
        Actor coordinator = actor(POLMAN_COORDINATOR);
        return accounts.usersOf(coordinator, polman).stream()
                .filter(u -> u.grants().stream().anyMatch(g -> agency.id() == (g.agencyId() == null ? -1 : g.agencyId())))
                .findFirst().map(u -> actor(u.email())).orElse(coordinator);
    }
}
