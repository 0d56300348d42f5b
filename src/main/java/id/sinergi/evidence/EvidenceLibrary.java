package id.sinergi.evidence;

import id.sinergi.shared.Actor;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A government's evidence: files and links. Every method checks the actor's scope. */
public interface EvidenceLibrary {

    /**
     * Streams the content to storage (never wholly in memory), hashes it, checks its type by content
     * and its size, and stores it once per government (the same content uploaded again returns the
     * existing file). On any problem nothing is kept. Text is extracted after the upload commits.
     *
     * @throws EvidenceProblem naming what is wrong
     */
    EvidenceFile upload(Actor actor, long governmentId, String fileName, InputStream content);

    /**
     * Stores a new version of a file; the previous version stays unchanged (frozen stages keep
     * pointing at it) and an {@link EvidenceReplaced} event tells other modules.
     *
     * @throws EvidenceProblem when the previous file is not the latest version, is a link, or has the same content
     */
    EvidenceFile uploadVersion(Actor actor, long governmentId, long previousId, String fileName, InputStream content);

    /** Registers a link (http or https) with a title; the same address is registered once per government. */
    EvidenceFile registerLink(Actor actor, long governmentId, String url, String title);

    /** The latest version of every file and every link, newest first. */
    List<EvidenceFile> files(Actor actor, long governmentId);

    Optional<EvidenceFile> file(Actor actor, long governmentId, long evidenceId);

    /** Every version of the file {@code evidenceId} belongs to, newest first. */
    List<EvidenceFile> versions(Actor actor, long governmentId, long evidenceId);

    /** The newest version of the file {@code evidenceId} belongs to (itself when it is the newest or a link). */
    EvidenceFile latest(Actor actor, long governmentId, long evidenceId);

    /**
     * Removes a file or link that supports nothing (attached nowhere, no newer version): its
     * uploader or a coordinator may. Evidence in use, above all in a frozen stage, never changes.
     */
    void remove(Actor actor, long governmentId, long evidenceId);

    /** Where the stored bytes are, for an authorised download (files only). */
    Path content(Actor actor, long governmentId, long evidenceId);

    /** The extracted text of a file, once extraction has run (empty for links and files without text). */
    Optional<String> text(Actor actor, long governmentId, long evidenceId);

    /** The maximum size of one file, in bytes. */
    long maxBytes();
}
