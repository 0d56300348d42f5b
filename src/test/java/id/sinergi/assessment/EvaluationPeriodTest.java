package id.sinergi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.WebTest;
import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.framework.InstrumentAdministration;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Organization;
import id.sinergi.shared.NotPermittedException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

public class EvaluationPeriodTest extends WebTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2040);

    @Autowired
    Evaluations evaluations;

    @Autowired
    Organization organization;

    @Autowired
    InstrumentAdministration instruments;

    /**
     * Stage windows of a test period: thirty days each, one after the other, the self-assessment from
     * {@code selfAssessmentOpens}.
     */
    public static List<StageWindow> scheduleFrom(LocalDate selfAssessmentOpens) {
        List<StageWindow> windows = new ArrayList<>();
        LocalDate start = selfAssessmentOpens;
        for (Stage stage : Stage.values()) {
            windows.add(new StageWindow(stage, start, start.plusDays(29)));
            start = start.plusDays(30);
        }
        return windows;
    }

    /**
     * Windows in which the self-assessment is open on {@code today} (it opened a week before and closes
     * three weeks after), so that test periods accept contributions; their years only keep them apart.
     */
    public static List<StageWindow> schedule(LocalDate today) {
        return scheduleFrom(today.minusDays(7));
    }

    private EvaluationPeriod openFor(String... codes) {
        int year = YEARS.incrementAndGet();
        return evaluations.open(actor(ADMIN), new OpenPeriod(year, null, BundledInstrumentFiles.SPBE_2020, schedule(clock.today()),
                List.of(codes)));
    }

    @Test
    void theNationalAdminOpensAPeriodThatPinsTheInstrumentVersion() {
        EvaluationPeriod period = openFor("76.04", "75");

        assertThat(period.name()).isEqualTo("Evaluasi Indeks SPBE " + period.year());
        assertThat(period.instrumentVersion()).isEqualTo(1);
        assertThat(period.participants()).isEqualTo(2);
        assertThat(period.stages()).extracting(StageWindow::stage).containsExactly(Stage.values());
        AssessmentBoard board = evaluations.board(actor(POLMAN_COORDINATOR), governmentIdOf(POLMAN_COORDINATOR), period.id());
        assertThat(board.rows()).hasSize(47);
        assertThat(board.rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo(IndicatorStatus.NOT_STARTED));
    }

    @Test
    void aLaterInstrumentVersionNeverChangesAnOpenPeriod() {
        String code = "pin-test-" + YEARS.incrementAndGet();
        String file = new String(BundledInstrumentFiles.bytes(BundledInstrumentFiles.PEMDI_2026), StandardCharsets.UTF_8)
                .replaceFirst("\"code\": \"permenpanrb-8-2026\"", "\"code\": \"" + code + "\"");
        instruments.publish(actor(ADMIN), code, instruments.importDraft(actor(ADMIN), file.getBytes(StandardCharsets.UTF_8)).version());
        int year = YEARS.incrementAndGet();
        EvaluationPeriod period = evaluations.open(actor(ADMIN), new OpenPeriod(year, null, code, schedule(clock.today()), List.of("76.04")));

        String renamed = file.replace("Tingkat Kematangan Tata Kelola Pemerintah Digital", "Nama Baru Indikator Satu");
        instruments.publish(actor(ADMIN), code, instruments.importDraft(actor(ADMIN), renamed.getBytes(StandardCharsets.UTF_8)).version());

        AssessmentBoard board = evaluations.board(actor(POLMAN_COORDINATOR), governmentIdOf(POLMAN_COORDINATOR), period.id());
        assertThat(board.period().instrumentVersion()).isEqualTo(1);
        assertThat(board.rows().get(0).indicatorName()).isEqualTo("Tingkat Kematangan Tata Kelola Pemerintah Digital");
    }

    @Test
    void badPeriodsAreRefusedWithTheReason() {
        int year = YEARS.incrementAndGet();
        List<StageWindow> backwards = new ArrayList<>(schedule(clock.today()));
        LocalDate beforeEverything = backwards.get(0).opensOn().minusDays(10);
        backwards.set(2, new StageWindow(Stage.INTERVIEW, beforeEverything, beforeEverything.plusDays(1)));
        List<StageWindow> missing = schedule(clock.today()).subList(0, 4);

        assertProblem(new OpenPeriod(year, null, "tidak-ada", schedule(clock.today()), List.of("76.04")), "period.instrument.unknown");
        assertProblem(new OpenPeriod(1999, null, BundledInstrumentFiles.SPBE_2020, schedule(clock.today()), List.of("76.04")), "period.year.invalid");
        assertProblem(new OpenPeriod(year, null, BundledInstrumentFiles.SPBE_2020, backwards, List.of("76.04")), "period.stage.order");
        assertProblem(new OpenPeriod(year, null, BundledInstrumentFiles.SPBE_2020, missing, List.of("76.04")), "period.stage.missing");
        assertProblem(new OpenPeriod(year, null, BundledInstrumentFiles.SPBE_2020, schedule(clock.today()), List.of("76.04", "99.99")), "period.government.unknown");
        assertProblem(new OpenPeriod(year, null, BundledInstrumentFiles.SPBE_2020, schedule(clock.today()), List.of()), "period.governments.empty");
        evaluations.open(actor(ADMIN), new OpenPeriod(year, null, BundledInstrumentFiles.SPBE_2020, schedule(clock.today()), List.of("76.04")));
        assertProblem(new OpenPeriod(year, null, BundledInstrumentFiles.SPBE_2020, schedule(clock.today()), List.of("75")), "period.duplicate");
        assertThat(messages.getMessage("period.duplicate", ((AssessmentProblem) org.assertj.core.api.Assertions.catchThrowable(
                () -> evaluations.open(actor(ADMIN), new OpenPeriod(year, null, BundledInstrumentFiles.SPBE_2020,
                        schedule(clock.today()), List.of("75"))))).arguments().toArray(), java.util.Locale.forLanguageTag("id")))
                .as("a year is written as a year, not as 2.041").contains("tahun " + year);
        assertThat(messages.getMessage("period.year.invalid", new Object[] {"abc", 2018, 2100},
                java.util.Locale.forLanguageTag("id"))).isEqualTo("Tahun “abc” tidak sah (2018–2100).");
        assertThatThrownBy(() -> evaluations.open(actor(POLMAN_COORDINATOR), new OpenPeriod(year + 1, null,
                BundledInstrumentFiles.SPBE_2020, schedule(clock.today()), List.of("76.04")))).isInstanceOf(NotPermittedException.class);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.MessageSource messages;

    private void assertProblem(OpenPeriod command, String key) {
        assertThatThrownBy(() -> evaluations.open(actor(ADMIN), command)).isInstanceOf(AssessmentProblem.class)
                .extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo(key);
    }

    @Test
    void theCoordinatorAssignsIndicatorsToOpdsWithOneLead() {
        EvaluationPeriod period = openFor("76.04");
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        List<Agency> agencies = organization.agencies(actor(POLMAN_COORDINATOR), polman).stream().filter(Agency::active).toList();
        long first = agencies.get(0).id();
        long second = agencies.get(1).id();

        AssessmentBoard board = evaluations.assign(actor(POLMAN_COORDINATOR), polman, period.id(), "1", List.of(first, second), second);

        assertThat(board.rows().get(0).agencies()).extracting(AssessmentBoard.AssignedAgency::agencyId, AssessmentBoard.AssignedAgency::lead)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first, false), org.assertj.core.groups.Tuple.tuple(second, true));
        board = evaluations.assign(actor(POLMAN_COORDINATOR), polman, period.id(), "1", List.of(first), null);
        assertThat(board.rows().get(0).agencies()).singleElement().satisfies(a -> assertThat(a.lead()).isTrue());
        assertThat(board.assignedCount()).isEqualTo(1);

        long foreignAgency = organization.agencies(actor(GORONTALO_PROVINCE_COORDINATOR), governmentIdOf(GORONTALO_PROVINCE_COORDINATOR)).get(0).id();
        assertThatThrownBy(() -> evaluations.assign(actor(POLMAN_COORDINATOR), polman, period.id(), "2", List.of(foreignAgency), null))
                .extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo("assignment.agency.invalid");
        assertThatThrownBy(() -> evaluations.assign(actor(POLMAN_COORDINATOR), polman, period.id(), "2", List.of(first, second), null))
                .extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo("assignment.lead.invalid");
        assertThatThrownBy(() -> evaluations.assign(actor(POLMAN_COORDINATOR), polman, period.id(), "99", List.of(first), null))
                .extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo("assignment.indicator.unknown");
        assertThatThrownBy(() -> evaluations.assign(actor(POLMAN_DISKOMINFO_OPERATOR), polman, period.id(), "2", List.of(first), null))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void thePagesOpenAPeriodAndAssignAnIndicator() {
        Visitor admin = visitor().signIn(ADMIN, DEMO_PASSWORD);
        admin.get("/admin/periode");
        int year = YEARS.incrementAndGet();
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("year", Integer.toString(year),
                "instrumentCode", BundledInstrumentFiles.SPBE_2020, "governments", "76.04\n75"));
        for (StageWindow w : schedule(clock.today())) {
            form.put("opens_" + w.stage().name(), w.opensOn().toString());
            form.put("closes_" + w.stage().name(), w.closesOn().toString());
        }
        HttpResponse<String> opened = admin.post("/admin/periode", form);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("dibuka untuk 2 instansi");

        form.put("closes_FINAL", LocalDate.parse(form.get("opens_FINAL")).minusDays(1).toString());
        HttpResponse<String> refused = admin.post("/admin/periode", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Tanggal tahap Final tidak sah");

        long polman = governmentIdOf(POLMAN_COORDINATOR);
        long periodId = evaluations.periodsOf(actor(POLMAN_COORDINATOR), polman).stream()
                .filter(p -> p.year() == year).findFirst().orElseThrow().id();
        Visitor coordinator = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        assertThat(coordinator.get("/instansi/" + polman + "/evaluasi").body()).contains("Evaluasi Indeks SPBE " + year);
        String board = coordinator.get("/instansi/" + polman + "/evaluasi/" + periodId).body();
        assertThat(board).contains("0 dari 47 indikator", "Belum diisi");
        long agency = organization.agencies(actor(POLMAN_COORDINATOR), polman).get(0).id();
        HttpResponse<String> assigned = coordinator.post("/instansi/" + polman + "/evaluasi/" + periodId + "/penugasan",
                Map.of("indicatorCode", "3", "agencyId", Long.toString(agency)));
        assertThat(assigned.body()).contains("Penugasan indikator 3 disimpan", "1 dari 47 indikator");
    }

    @Test
    void theApiServesTheBoardWithinTheGovernmentsScope() {
        EvaluationPeriod period = openFor("76.04");
        long polman = governmentIdOf(POLMAN_COORDINATOR);

        HttpResponse<String> own = send(request("/api/v1/governments/" + polman + "/assessments/" + period.id())
                .header("Authorization", "Bearer " + tokenOf(POLMAN_DISKOMINFO_OPERATOR)).GET());
        HttpResponse<String> foreign = send(request("/api/v1/governments/" + polman + "/assessments/" + period.id())
                .header("Authorization", "Bearer " + tokenOf(GORONTALO_PROVINCE_COORDINATOR)).GET());
        HttpResponse<String> badBody = send(request("/api/v1/governments/" + polman + "/assessments/" + period.id()
                + "/assignments/1").header("Authorization", "Bearer " + tokenOf(POLMAN_COORDINATOR))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"agencyIds\": [-5]}")));

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(json(own).get("rows")).hasSize(47);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(badBody.statusCode()).isEqualTo(400);
        assertThat(json(badBody).get("detail").asString()).contains("#-5");
    }
}
