package id.sinergi.assessment.rest;

import id.sinergi.assessment.AssessmentBoard;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.OpenPeriod;
import id.sinergi.assessment.StageWindow;
import id.sinergi.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Evaluasi", description = "Periode evaluasi, penilaian per instansi, penugasan indikator ke OPD")
class EvaluationApi {

    private final Evaluations evaluations;

    EvaluationApi(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    record Assignment(List<Long> agencyIds, Long leadAgencyId) {
    }

    record Schedule(List<StageWindow> stages) {
    }

    @GetMapping("/api/v1/periods")
    List<EvaluationPeriod> periods(Actor actor) {
        return evaluations.periods(actor);
    }

    @PostMapping("/api/v1/admin/periods")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Buka periode evaluasi (admin nasional): versi instrumen terbit saat ini dipatok")
    EvaluationPeriod open(Actor actor, @RequestBody OpenPeriod command) {
        return evaluations.open(actor, command);
    }

    @PutMapping("/api/v1/admin/periods/{periodId}/stages")
    @Operation(summary = "Ubah jadwal tahap periode, mis. memperpanjang tenggat (admin nasional); urutan tahap diperiksa seperti saat membuka")
    EvaluationPeriod reschedule(Actor actor, @PathVariable long periodId, @RequestBody Schedule body) {
        return evaluations.reschedule(actor, periodId, body.stages());
    }

    @GetMapping("/api/v1/governments/{governmentId}/assessments/{periodId}")
    AssessmentBoard board(Actor actor, @PathVariable long governmentId, @PathVariable long periodId) {
        return evaluations.board(actor, governmentId, periodId);
    }

    @PutMapping("/api/v1/governments/{governmentId}/assessments/{periodId}/assignments/{indicatorCode}")
    @Operation(summary = "Tetapkan OPD yang menjawab satu indikator (koordinator); daftar kosong menghapus penugasan")
    AssessmentBoard assign(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable String indicatorCode, @RequestBody Assignment body) {
        return evaluations.assign(actor, governmentId, periodId, indicatorCode, body.agencyIds(), body.leadAgencyId());
    }

}
