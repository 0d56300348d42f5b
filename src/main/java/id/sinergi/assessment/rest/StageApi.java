package id.sinergi.assessment.rest;

import id.sinergi.assessment.AgencyGap;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageSnapshot;
import id.sinergi.assessment.StageValue;
import id.sinergi.assessment.Stages;
import id.sinergi.shared.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tahap penilaian", description = "Nilai asesor per tahap dan pembekuan tahap")
class StageApi {

    private static final String BASE = "/api/v1/governments/{governmentId}/assessments/{periodId}/stages/{stage}";

    private final Stages stages;

    StageApi(Stages stages) {
        this.stages = stages;
    }

    record Entry(BigDecimal value, String note, String recommendation, Integer version) {
    }

    @GetMapping("/api/v1/governments/{governmentId}/assessments/{periodId}/snapshots")
    List<StageSnapshot> snapshots(Actor actor, @PathVariable long governmentId, @PathVariable long periodId) {
        return stages.snapshots(actor, governmentId, periodId);
    }

    @GetMapping("/api/v1/governments/{governmentId}/assessments/{periodId}/score")
    @io.swagger.v3.oas.annotations.Operation(summary = "Indeks, nilai domain dan aspek dengan penjelasannya: jawaban saat ini, atau tahap yang sudah dibekukan (stage=FINAL dll.)")
    id.sinergi.assessment.IndexBreakdown score(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String stage) {
        return stages.breakdown(actor, governmentId, periodId, stage == null || stage.isBlank() ? null : stage(stage));
    }

    @GetMapping(BASE)
    List<StageValue> values(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable String stage) {
        return stages.values(actor, governmentId, periodId, stage(stage));
    }

    @PutMapping(BASE + "/values/{indicatorCode}")
    StageValue enter(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable String stage, @PathVariable String indicatorCode, @RequestBody Entry body) {
        return stages.enter(actor, governmentId, periodId, stage(stage), indicatorCode, body.value(), body.note(),
                body.recommendation(), body.version() == null ? 0 : body.version());
    }

    @GetMapping(BASE + "/gaps")
    @io.swagger.v3.oas.annotations.Operation(summary = "Selisih nilai tahap terhadap penilaian mandiri, per OPD")
    List<AgencyGap> gaps(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable String stage) {
        return stages.gapsByAgency(actor, governmentId, periodId, stage(stage));
    }

    @PostMapping(BASE + "/freeze")
    StageSnapshot freeze(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable String stage) {
        return stages.freeze(actor, governmentId, periodId, stage(stage));
    }

    private static Stage stage(String text) {
        return Stage.named(text);
    }


}
