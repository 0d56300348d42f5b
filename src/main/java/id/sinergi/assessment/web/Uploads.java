package id.sinergi.assessment.web;

import id.sinergi.evidence.EvidenceFile;
import id.sinergi.evidence.EvidenceProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded file part handed to the evidence library once, for every page that takes evidence. */
final class Uploads {

    private Uploads() {
    }

    interface Store {
        EvidenceFile store(InputStream in);
    }

    /** The stored file; {@code evidence.missing} when the form carried no file. */
    static EvidenceFile store(MultipartFile file, Store store) {
        if (file == null || file.isEmpty() && file.getOriginalFilename() == null) {
            throw new EvidenceProblem("evidence.missing");
        }
        try (InputStream in = file.getInputStream()) {
            return store.store(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
