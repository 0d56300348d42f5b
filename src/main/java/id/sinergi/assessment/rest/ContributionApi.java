package id.sinergi.assessment.rest;

import id.sinergi.assessment.Comment;
import id.sinergi.assessment.Comments;
import id.sinergi.assessment.Contribution;
import id.sinergi.assessment.Contributions;
import id.sinergi.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import id.sinergi.evidence.EvidenceFile;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kontribusi OPD", description = "Jawaban OPD per indikator dan reviu koordinator; setiap perubahan menyebut versi yang dibaca")
class ContributionApi {

    private static final String BASE = "/api/v1/governments/{governmentId}/assessments/{periodId}";

    private final Contributions contributions;
    private final Comments comments;

    ContributionApi(Contributions contributions, Comments comments) {
        this.contributions = contributions;
        this.comments = comments;
    }

    record Proposal(BigDecimal value, String explanation, Integer version, Boolean submit) {
    }

    record Decision(Integer version, String reason) {
    }

    record NewComment(String body) {
    }

    @GetMapping(BASE + "/indicators/{indicatorCode}/comments")
    List<Comment> comments(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable String indicatorCode) {
        return comments.thread(actor, governmentId, periodId, indicatorCode);
    }

    @PostMapping(BASE + "/indicators/{indicatorCode}/comments")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    Comment comment(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable String indicatorCode, @RequestBody NewComment body) {
        return comments.add(actor, governmentId, periodId, indicatorCode, body.body());
    }

    record Consolidation(BigDecimal value, String explanation, List<Long> evidenceIds, Integer version) {
    }

    @GetMapping(BASE + "/answers/{indicatorCode}")
    @Operation(summary = "Jawaban instansi untuk satu indikator dengan bukti yang dipilih")
    org.springframework.http.ResponseEntity<Contributions.AnswerView> answer(Actor actor, @PathVariable long governmentId,
            @PathVariable long periodId, @PathVariable String indicatorCode) {
        return org.springframework.http.ResponseEntity.of(contributions.answer(actor, governmentId, periodId, indicatorCode));
    }

    @PutMapping(BASE + "/answers/{indicatorCode}")
    @Operation(summary = "Konsolidasi jawaban instansi (koordinator): nilai, penjelasan, bukti; version = versi yang dibaca (0 bila belum ada), 409 bila sudah berubah")
    Contributions.AnswerView consolidate(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable String indicatorCode, @RequestBody Consolidation body) {
        return contributions.consolidate(actor, governmentId, periodId, indicatorCode, body.value(), body.explanation(),
                body.evidenceIds(), body.version() == null ? 0 : body.version());
    }

    @GetMapping(BASE + "/indicators/{indicatorCode}/contributions")
    @Operation(summary = "Semua kontribusi OPD untuk satu indikator (koordinator, asesor)")
    List<Contribution> contributions(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable String indicatorCode) {
        return contributions.contributionsOf(actor, governmentId, periodId, indicatorCode);
    }

    @GetMapping(BASE + "/agencies/{agencyId}/work")
    List<Contributions.WorkItem> work(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable long agencyId) {
        return contributions.workOf(actor, governmentId, periodId, agencyId);
    }

    @PutMapping(BASE + "/agencies/{agencyId}/contributions/{indicatorCode}")
    @Operation(summary = "Simpan atau ajukan kontribusi OPD; version = versi yang dibaca (0 untuk yang baru), 409 bila sudah berubah")
    Contribution save(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable long agencyId, @PathVariable String indicatorCode, @RequestBody Proposal body) {
        return contributions.save(actor, governmentId, periodId, indicatorCode, agencyId, body.value(), body.explanation(),
                body.version() == null ? 0 : body.version(), Boolean.TRUE.equals(body.submit()));
    }

    record Carried(int attached) {
    }

    @PutMapping(BASE + "/agencies/{agencyId}/contributions/{indicatorCode}/evidence/{evidenceId}")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    @Operation(summary = "Lampirkan bukti dukung yang sudah diunggah ke kontribusi OPD (yang sudah disimpan); berulang tidak berefek")
    void attach(Actor actor, @PathVariable long governmentId, @PathVariable long periodId, @PathVariable long agencyId,
            @PathVariable String indicatorCode, @PathVariable long evidenceId) {
        contributions.attach(actor, governmentId, periodId, indicatorCode, agencyId, evidenceId);
    }

    @DeleteMapping(BASE + "/agencies/{agencyId}/contributions/{indicatorCode}/evidence/{evidenceId}")
    @Operation(summary = "Lepaskan bukti dari kontribusi OPD (selama belum disetujui atau dibekukan)")
    List<EvidenceFile> detach(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable long agencyId, @PathVariable String indicatorCode, @PathVariable long evidenceId) {
        contributions.detach(actor, governmentId, periodId, indicatorCode, agencyId, evidenceId);
        return evidenceOfOpd(actor, governmentId, periodId, agencyId, indicatorCode);
    }

    @PostMapping(BASE + "/agencies/{agencyId}/contributions/{indicatorCode}/evidence/carry-forward")
    @Operation(summary = "Bawa bukti indikator yang sama dari periode sebelumnya (versi terakhirnya)")
    Carried carryForward(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable long agencyId, @PathVariable String indicatorCode) {
        return new Carried(contributions.carryForward(actor, governmentId, periodId, indicatorCode, agencyId));
    }

    @GetMapping(BASE + "/contributions/{contributionId}/evidence")
    List<EvidenceFile> evidence(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable long contributionId) {
        return contributions.evidenceOf(actor, governmentId, periodId, contributionId);
    }

    private List<EvidenceFile> evidenceOfOpd(Actor actor, long governmentId, long periodId, long agencyId,
            String indicatorCode) {
        return contributions.workOf(actor, governmentId, periodId, agencyId).stream()
                .filter(w -> w.indicatorCode().equals(indicatorCode)).findFirst()
                .map(Contributions.WorkItem::evidence).orElse(List.of());
    }

    @PostMapping(BASE + "/contributions/{contributionId}/approve")
    Contribution approve(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable long contributionId, @RequestBody Decision body) {
        return contributions.approve(actor, governmentId, periodId, contributionId, body.version() == null ? -1 : body.version());
    }

    @PostMapping(BASE + "/contributions/{contributionId}/return")
    Contribution returnForRevision(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable long contributionId, @RequestBody Decision body) {
        return contributions.returnForRevision(actor, governmentId, periodId, contributionId,
                body.version() == null ? -1 : body.version(), body.reason());
    }


}
