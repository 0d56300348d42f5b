package id.sinergi.evidence.web;

import id.sinergi.evidence.EvidenceLibrary;
import id.sinergi.evidence.domain.Downloads;
import id.sinergi.shared.Actor;
import org.springframework.core.io.FileSystemResource;
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
        return Downloads.attachment(library, actor, governmentId, evidenceId);
    }
}
