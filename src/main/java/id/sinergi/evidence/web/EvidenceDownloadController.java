package id.sinergi.evidence.web;

import id.sinergi.evidence.EvidenceFile;
import id.sinergi.evidence.EvidenceLibrary;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page-side download of an evidence file: authorised, always as an attachment. */
@Controller
class EvidenceDownloadController {

    private final EvidenceLibrary library;

    EvidenceDownloadController(EvidenceLibrary library) {
        this.library = library;
    }

    @GetMapping("/instansi/{governmentId}/bukti/{evidenceId}/unduh")
    ResponseEntity<FileSystemResource> download(Actor actor, @PathVariable long governmentId, @PathVariable long evidenceId) {
        EvidenceFile file = library.file(actor, governmentId, evidenceId).orElseThrow(NotPermittedException::new);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.originalName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .body(new FileSystemResource(library.content(actor, governmentId, evidenceId)));
    }
}
