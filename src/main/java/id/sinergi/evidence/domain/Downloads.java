package id.sinergi.evidence.domain;

import id.sinergi.evidence.EvidenceFile;
import id.sinergi.evidence.EvidenceLibrary;
import id.sinergi.evidence.EvidenceProblem;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The one way evidence leaves the store: authorised, as an attachment, with the type found at upload. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<FileSystemResource> attachment(EvidenceLibrary library, Actor actor, long governmentId,
            long evidenceId) {
        EvidenceFile file = library.file(actor, governmentId, evidenceId).orElseThrow(NotPermittedException::new);
        if (file.isLink()) {
            throw new EvidenceProblem("evidence.link.noContent", file.url());
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .body(new FileSystemResource(library.content(actor, governmentId, evidenceId)));
    }
}
