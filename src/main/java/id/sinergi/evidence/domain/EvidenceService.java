package id.sinergi.evidence.domain;

import id.sinergi.audit.AuditLog;
import id.sinergi.evidence.EvidenceFile;
import id.sinergi.evidence.EvidenceLibrary;
import id.sinergi.evidence.EvidenceProblem;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local-filesystem evidence storage. An upload is copied to a temporary file while it is hashed and
 * counted, so it is never held in memory and an over-limit file is cut off early; only a complete,
 * accepted file is moved into place and gets a row. Temporary files of uploads interrupted by a
 * crash are removed at start-up, so no partial evidence is ever visible.
 */
@Service
class EvidenceService implements EvidenceLibrary, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);
    private static final int MAX_TEXT = 200_000;

    /** PDF, Office and ODF documents, common images, short videos: what evidence is made of. */
    static final Set<String> ACCEPTED = Set.of("application/pdf", "application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "image/png", "image/jpeg", "image/gif", "image/webp",
            "video/mp4", "video/webm", "video/quicktime");

    private static final String COLUMNS = "id, government_id, sha256, size_bytes, content_type, original_name, created_at";

    private final EvidenceProperties properties;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Tika tika = new Tika();
    private final Path root;
    private final Path temporary;

    EvidenceService(EvidenceProperties properties, JdbcClient jdbc, AuditLog audit) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.audit = audit;
        this.root = Path.of(properties.directory()).toAbsolutePath().normalize();
        this.temporary = root.resolve(".tmp");
    }

    /** Removes what interrupted uploads left behind. */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            Files.createDirectories(temporary);
            try (Stream<Path> leftovers = Files.list(temporary)) {
                leftovers.forEach(EvidenceService::deleteQuietly);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the evidence directory " + root, e);
        }
    }

    @Override
    public long maxBytes() {
        return properties.maxSize().toBytes();
    }

    @Override
    @Transactional
    public EvidenceFile upload(Actor actor, long governmentId, String fileName, InputStream content) {
        actor.require(actor.canRead(governmentId));
        String name = FileNames.sanitise(fileName);
        Path upload = temporary.resolve(UUID.randomUUID() + ".part");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(content, upload, digest);
            if (size == 0) {
                throw new EvidenceProblem("evidence.empty");
            }
            String type = detect(upload);
            if (!ACCEPTED.contains(type)) {
                throw new EvidenceProblem("evidence.type", type);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Optional<EvidenceFile> existing = bySha(governmentId, sha);
            if (existing.isPresent()) {
                return existing.get();
            }
            String key = governmentId + "/" + sha.substring(0, 2) + "/" + sha;
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            move(upload, target);
            String text = extract(target);
            try {
                long id = jdbc.sql("insert into evidence_file (government_id, sha256, size_bytes, content_type, "
                                + "original_name, storage_key, extracted_text, created_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                        .params(governmentId, sha, size, type, name, key, text, actor.userId()).query(Long.class).single();
                EvidenceFile stored = byId(governmentId, id).orElseThrow();
                audit.record("evidence.upload", "evidence_file", id, governmentId, null,
                        Map.of("name", name, "sha256", sha, "size", size, "type", type));
                return stored;
            } catch (DuplicateKeyException e) {
                return bySha(governmentId, sha).orElseThrow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(upload);
        }
    }

    /** Copies at most the limit (plus one byte, to know it was exceeded) while hashing. */
    private long copyLimited(InputStream in, Path target, MessageDigest digest) throws IOException {
        long limit = maxBytes();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > limit) {
                    throw new EvidenceProblem("evidence.tooLarge", limit / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    /** By content only: a name says nothing about what a file is. */
    private String detect(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return tika.detect(in);
        }
    }

    private String extract(Path file) {
        try {
            tika.setMaxStringLength(MAX_TEXT);
            String text = tika.parseToString(file);
            return text == null || text.isBlank() ? null : text.replace("\u0000", "").strip();
        } catch (Exception | LinkageError e) {
            log.info("No text extracted from {}: {}", file.getFileName(), e.toString());
            return null;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            return;
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Cannot delete {}", path, e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvidenceFile> files(Actor actor, long governmentId) {
        actor.require(actor.canRead(governmentId));
        return jdbc.sql("select " + COLUMNS + " from evidence_file where government_id = ? order by id desc")
                .param(governmentId).query((rs, row) -> file(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EvidenceFile> file(Actor actor, long governmentId, long evidenceId) {
        actor.require(actor.canRead(governmentId));
        return byId(governmentId, evidenceId);
    }

    @Override
    @Transactional(readOnly = true)
    public Path content(Actor actor, long governmentId, long evidenceId) {
        actor.require(actor.canRead(governmentId));
        String key = jdbc.sql("select storage_key from evidence_file where government_id = ? and id = ?")
                .params(governmentId, evidenceId).query(String.class).optional().orElseThrow(NotPermittedException::new);
        return root.resolve(key);
    }

    private Optional<EvidenceFile> byId(long governmentId, long id) {
        return jdbc.sql("select " + COLUMNS + " from evidence_file where government_id = ? and id = ?")
                .params(governmentId, id).query((rs, row) -> file(rs)).optional();
    }

    private Optional<EvidenceFile> bySha(long governmentId, String sha) {
        return jdbc.sql("select " + COLUMNS + " from evidence_file where government_id = ? and sha256 = ?")
                .params(governmentId, sha).query((rs, row) -> file(rs)).optional();
    }

    private static EvidenceFile file(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        return new EvidenceFile(rs.getLong("id"), rs.getLong("government_id"), rs.getString("sha256"),
                rs.getLong("size_bytes"), rs.getString("content_type"), rs.getString("original_name"), created.toInstant());
    }
}
