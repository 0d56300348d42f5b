package id.sinergi.evidence;

import id.sinergi.shared.Actor;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A government's evidence files. Every method checks the actor's scope. */
public interface EvidenceLibrary {

    /**
     * Streams the content to storage (never wholly in memory), hashes it, checks its type by content
     * and its size, and stores it once per government (the same content uploaded again returns the
     * existing file). On any problem nothing is kept.
     *
     * @throws EvidenceProblem naming what is wrong
     */
    EvidenceFile upload(Actor actor, long governmentId, String fileName, InputStream content);

    List<EvidenceFile> files(Actor actor, long governmentId);

    Optional<EvidenceFile> file(Actor actor, long governmentId, long evidenceId);

    /** Where the stored bytes are, for an authorised download. */
    Path content(Actor actor, long governmentId, long evidenceId);

    /** The maximum size of one file, in bytes. */
    long maxBytes();
}
