package id.sinergi.evidence.rest;

import id.sinergi.shared.BodyLimit;
import id.sinergi.evidence.EvidenceFile;
import id.sinergi.evidence.EvidenceLibrary;
import id.sinergi.evidence.EvidenceProblem;
import id.sinergi.evidence.domain.Downloads;
import id.sinergi.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import id.sinergi.shared.NotPermittedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Bukti dukung", description = "Unggah (dicek isinya, di-hash, tanpa duplikat) dan unduh bukti dukung")
class EvidenceApi {

    private final EvidenceLibrary library;

    EvidenceApi(EvidenceLibrary library) {
        this.library = library;
    }

    @BodyLimit(upload = true)
    @PostMapping("/api/v1/governments/{governmentId}/evidence")
    @Operation(summary = "Unggah satu berkas (PDF, Office/ODF, gambar, video pendek; koordinator dan operator OPD); tipe diperiksa dari isinya")
    ResponseEntity<EvidenceFile> upload(Actor actor, @PathVariable long governmentId,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        actor.require(actor.canAddEvidence(governmentId));
        if (file == null) {
            throw new EvidenceProblem("evidence.missing");
        }
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(library.upload(actor, governmentId,
                    file.getOriginalFilename(), in));
        }
    }

    record NewLink(String url, String title) {
    }

    @PostMapping("/api/v1/governments/{governmentId}/evidence/links")
    @Operation(summary = "Daftarkan tautan (http/https) sebagai bukti dukung; alamat yang sama didaftarkan sekali per instansi")
    ResponseEntity<EvidenceFile> registerLink(Actor actor, @PathVariable long governmentId, @RequestBody NewLink body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(library.registerLink(actor, governmentId,
                body == null ? null : body.url(), body == null ? null : body.title()));
    }

    @BodyLimit(upload = true)
    @PostMapping("/api/v1/governments/{governmentId}/evidence/{evidenceId}/versions")
    @Operation(summary = "Unggah versi baru sebuah berkas (pengunggahnya, operator OPD yang memakainya, atau koordinator); versi lama tetap ada dan tahap yang dibekukan tetap menunjuknya")
    ResponseEntity<EvidenceFile> uploadVersion(Actor actor, @PathVariable long governmentId,
            @PathVariable long evidenceId, @RequestParam(required = false) MultipartFile file) throws IOException {
        actor.require(actor.canAddEvidence(governmentId));
        if (file == null) {
            throw new EvidenceProblem("evidence.missing");
        }
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(library.uploadVersion(actor, governmentId, evidenceId,
                    file.getOriginalFilename(), in));
        }
    }

    @GetMapping("/api/v1/governments/{governmentId}/evidence")
    @Operation(summary = "Versi terakhir setiap berkas dan setiap tautan instansi")
    List<EvidenceFile> files(Actor actor, @PathVariable long governmentId) {
        return library.files(actor, governmentId);
    }

    @GetMapping("/api/v1/governments/{governmentId}/evidence/{evidenceId}")
    EvidenceFile file(Actor actor, @PathVariable long governmentId, @PathVariable long evidenceId) {
        return library.file(actor, governmentId, evidenceId).orElseThrow(NotPermittedException::new);
    }

    @GetMapping("/api/v1/governments/{governmentId}/evidence/{evidenceId}/versions")
    @Operation(summary = "Semua versi berkas, terbaru lebih dulu")
    List<EvidenceFile> versions(Actor actor, @PathVariable long governmentId, @PathVariable long evidenceId) {
        return library.versions(actor, governmentId, evidenceId);
    }

    @DeleteMapping("/api/v1/governments/{governmentId}/evidence/{evidenceId}")
    @Operation(summary = "Hapus bukti yang tidak dipakai di mana pun (pengunggahnya atau koordinator)")
    ResponseEntity<Void> remove(Actor actor, @PathVariable long governmentId, @PathVariable long evidenceId) {
        library.remove(actor, governmentId, evidenceId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/governments/{governmentId}/evidence/{evidenceId}/content")
    ResponseEntity<FileSystemResource> download(Actor actor, @PathVariable long governmentId, @PathVariable long evidenceId) {
        return Downloads.attachment(library, actor, governmentId, evidenceId);
    }

}
