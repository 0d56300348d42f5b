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
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import id.sinergi.evidence.EvidenceReplaced;
import id.sinergi.evidence.EvidenceUsage;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Local-filesystem evidence storage. An upload is copied to a temporary file while it is hashed and
 * counted, so it is never held in memory and an over-limit file is cut off early; only a complete,
 * accepted file is moved into place and gets a row. Temporary files of uploads interrupted by a
 * crash are removed at start-up, so no partial evidence is ever visible. Stored rows never change
 * (a database trigger refuses it) except for the text extracted after the upload commits.
 */
@Service
class EvidenceService implements EvidenceLibrary, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);
    static final int MAX_TITLE = 200;
    static final int MAX_URL = 2000;

    /** PDF, Office and ODF documents, common images, short videos: what evidence is made of. */
    static final Set<String> ACCEPTED = Set.of("application/pdf", "application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "image/png", "image/jpeg", "image/gif", "image/webp",
            "video/mp4", "video/webm", "video/quicktime");

    private static final String SELECT = "select e.id, e.government_id, e.kind, e.original_name, e.sha256, e.size_bytes, "
            + "e.content_type, e.url, e.version, e.replaces_id, e.created_at, e.text_status, "
            + "not exists (select 1 from evidence_file s where s.replaces_id = e.id) as latest from evidence_file e ";

    private final EvidenceProperties properties;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TextExtraction extraction;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<EvidenceUsage> usages;
    private final TransactionTemplate transactions;
    private final Tika tika = new Tika();
    private final Path root;
    private final Path temporary;

    EvidenceService(EvidenceProperties properties, JdbcClient jdbc, AuditLog audit, TextExtraction extraction,
            ApplicationEventPublisher events, ObjectProvider<EvidenceUsage> usages, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.jdbc = jdbc;
        this.audit = audit;
        this.extraction = extraction;
        this.events = events;
        this.usages = usages;
        this.root = Path.of(properties.directory()).toAbsolutePath().normalize();
        this.temporary = root.resolve(".tmp");
    }

    /** Removes what interrupted uploads left behind and resumes text extraction that did not finish. */
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
        extraction.resume(id -> root.resolve(jdbc.sql("select storage_key from evidence_file where id = ?").param(id)
                .query(String.class).single()));
    }

    @Override
    public long maxBytes() {
        return properties.maxSize().toBytes();
    }

    /**
     * Copies, hashes and checks the file without a database connection (a slow or large upload must
     * not hold one of the few pooled connections), then records it in one short transaction.
     */
    @Override
    public EvidenceFile upload(Actor actor, long governmentId, String fileName, InputStream content) {
        actor.require(actor.canAddEvidence(governmentId));
        return store(actor, governmentId, fileName, content, null);
    }

    @Override
    public EvidenceFile uploadVersion(Actor actor, long governmentId, long previousId, String fileName,
            InputStream content) {
        actor.require(actor.canAddEvidence(governmentId));
        EvidenceFile previous = byId(governmentId, previousId).orElseThrow(NotPermittedException::new);
        requireChangeable(actor, governmentId, previousId);
        checkReplaceable(previous);
        return store(actor, governmentId, fileName, content, previousId);
    }

    /** Refuses unless {@link EvidenceChangePolicy} lets the actor change this piece of evidence. */
    private void requireChangeable(Actor actor, long governmentId, long evidenceId) {
        Long uploader = jdbc.sql("select created_by from evidence_file where government_id = ? and id = ?")
                .params(governmentId, evidenceId).query((rs, row) -> {
                    long id = rs.getLong(1);
                    return rs.wasNull() ? null : id;
                }).optional().orElse(null);
        Set<Long> agencies = new java.util.HashSet<>();
        usages.forEach(u -> agencies.addAll(u.agenciesUsing(governmentId, evidenceId)));
        actor.require(EvidenceChangePolicy.mayChange(actor, governmentId, uploader, agencies));
    }

    private static void checkReplaceable(EvidenceFile previous) {
        if (previous.isLink()) {
            throw new EvidenceProblem("evidence.version.link");
        }
        if (!previous.latest()) {
            throw new EvidenceProblem("evidence.version.notLatest", previous.name(), previous.version());
        }
    }

    /** A complete upload in the temporary directory, hashed and type-checked. */
    private record Staged(Path file, String name, String sha, long size, String type) {
    }

    private EvidenceFile store(Actor actor, long governmentId, String fileName, InputStream content, Long previousId) {
        Path upload = temporary.resolve(UUID.randomUUID() + ".part");
        try {
            Staged staged = stage(upload, FileNames.sanitise(fileName), content);
            return transactions.execute(status -> record(actor, governmentId, staged, previousId));
        } finally {
            deleteQuietly(upload);
        }
    }

    private Staged stage(Path upload, String name, InputStream content) {
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
            return new Staged(upload, name, HexFormat.of().formatHex(digest.digest()), size, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private EvidenceFile record(Actor actor, long governmentId, Staged staged, Long previousId) {
        EvidenceFile previous = null;
        if (previousId != null) {
            previous = byId(governmentId, previousId).orElseThrow(NotPermittedException::new);
            checkReplaceable(previous);
        }
        Optional<EvidenceFile> existing = bySha(governmentId, staged.sha());
        if (existing.isPresent()) {
            if (previous == null) {
                return existing.get();
            }
            throw existing.get().id() == previous.id() ? new EvidenceProblem("evidence.version.same")
                    : new EvidenceProblem("evidence.version.exists", existing.get().name());
        }
        String key = governmentId + "/" + staged.sha().substring(0, 2) + "/" + staged.sha();
        Path target = root.resolve(key);
        try {
            Files.createDirectories(target.getParent());
            move(staged.file(), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A concurrent upload of the same content (or a concurrent new version of the same file) may commit
        // first: "on conflict do nothing" leaves this transaction usable, so the winner's row is answered
        // instead of a duplicate-key error that would abort the transaction.
        Optional<Long> inserted = jdbc.sql("insert into evidence_file (government_id, kind, sha256, size_bytes, "
                        + "content_type, original_name, storage_key, text_status, replaces_id, version, created_by) "
                        + "values (?, 'FILE', ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?) on conflict do nothing returning id")
                .params(governmentId, staged.sha(), staged.size(), staged.type(), staged.name(), key,
                        previous == null ? null : previous.id(), previous == null ? 1 : previous.version() + 1,
                        actor.userId())
                .query(Long.class).optional();
        if (inserted.isEmpty()) {
            Optional<EvidenceFile> winner = bySha(governmentId, staged.sha());
            if (previous == null) {
                return winner.orElseThrow();
            }
            throw winner.isPresent() ? new EvidenceProblem("evidence.version.exists", winner.get().name())
                    : new EvidenceProblem("evidence.version.conflict", previous.name());
        }
        long id = inserted.get();
        EvidenceFile stored = byId(governmentId, id).orElseThrow();
        Map<String, Object> detail = new LinkedHashMap<>(Map.of("name", staged.name(), "sha256", staged.sha(),
                "size", staged.size(), "type", staged.type()));
        if (previous != null) {
            detail.put("replaces", previous.id());
            detail.put("version", stored.version());
        }
        audit.record(previous == null ? "evidence.upload" : "evidence.version", "evidence_file", id, governmentId,
                null, detail);
        extraction.afterCommit(id, target);
        if (previous != null) {
            events.publishEvent(new EvidenceReplaced(governmentId, previous.id(), id, actor.userId()));
        }
        return stored;
    }

    @Override
    @Transactional
    public EvidenceFile registerLink(Actor actor, long governmentId, String url, String title) {
        actor.require(actor.canAddEvidence(governmentId));
        String address = checkedUrl(url);
        String name = title == null ? "" : title.strip().replaceAll("\\p{Cntrl}", " ");
        if (name.isEmpty()) {
            throw new EvidenceProblem("evidence.link.title");
        }
        if (name.length() > MAX_TITLE) {
            throw new EvidenceProblem("evidence.link.titleTooLong", MAX_TITLE);
        }
        Optional<EvidenceFile> existing = byUrl(governmentId, address);
        if (existing.isPresent()) {
            return existing.get();
        }
        Optional<Long> inserted = jdbc.sql("insert into evidence_file (government_id, kind, content_type, original_name, "
                        + "url, text_status, created_by) values (?, 'LINK', 'text/uri-list', ?, ?, 'SKIPPED', ?) "
                        + "on conflict do nothing returning id")
                .params(governmentId, name, address, actor.userId()).query(Long.class).optional();
        if (inserted.isEmpty()) {
            return byUrl(governmentId, address).orElseThrow();
        }
        long id = inserted.get();
        audit.record("evidence.link", "evidence_file", id, governmentId, null, Map.of("title", name, "url", address));
        return byId(governmentId, id).orElseThrow();
    }

    /** An absolute http(s) address with a host, without spaces or credentials. */
    static String checkedUrl(String url) {
        String address = url == null ? "" : url.strip();
        if (address.isEmpty()) {
            throw new EvidenceProblem("evidence.link.missing");
        }
        if (address.length() > MAX_URL) {
            throw new EvidenceProblem("evidence.link.tooLong", MAX_URL);
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null) {
                throw new EvidenceProblem("evidence.link.invalid", address);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new EvidenceProblem("evidence.link.invalid", address);
        }
    }

    @Override
    @Transactional
    public void remove(Actor actor, long governmentId, long evidenceId) {
        actor.require(actor.canRead(governmentId));
        EvidenceFile file = byId(governmentId, evidenceId).orElseThrow(NotPermittedException::new);
        requireChangeable(actor, governmentId, evidenceId);
        if (!file.latest()) {
            throw new EvidenceProblem("evidence.remove.hasNewer", file.name());
        }
        if (usages.stream().anyMatch(u -> u.inUse(governmentId, evidenceId))) {
            throw new EvidenceProblem("evidence.remove.inUse", file.name());
        }
        String key = jdbc.sql("select storage_key from evidence_file where id = ?").param(evidenceId)
                .query(String.class).optional().orElse(null);
        audit.record("evidence.remove", "evidence_file", evidenceId, governmentId, file, null);
        try {
            jdbc.sql("delete from evidence_file where id = ?").param(evidenceId).update();
        } catch (DataIntegrityViolationException e) {
            throw new EvidenceProblem("evidence.remove.inUse", file.name());
        }
        if (key != null) {
            Path stored = root.resolve(key);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(stored);
                }
            });
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
                    throw EvidenceProblem.tooLarge(limit / (1024 * 1024));
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
        return jdbc.sql(SELECT + "where e.government_id = ? and not exists "
                        + "(select 1 from evidence_file s where s.replaces_id = e.id) order by e.id desc")
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
    public List<EvidenceFile> versions(Actor actor, long governmentId, long evidenceId) {
        actor.require(actor.canRead(governmentId));
        byId(governmentId, evidenceId).orElseThrow(NotPermittedException::new);
        List<Long> ids = jdbc.sql("""
                with recursive older(id, replaces_id) as (
                    select id, replaces_id from evidence_file where id = :id and government_id = :government
                    union select e.id, e.replaces_id from evidence_file e join older o on e.id = o.replaces_id),
                newer(id) as (
                    select id from evidence_file where id = :id and government_id = :government
                    union select e.id from evidence_file e join newer n on e.replaces_id = n.id)
                select id from older union select id from newer""")
                .param("id", evidenceId).param("government", governmentId).query(Long.class).list();
        return jdbc.sql(SELECT + "where e.government_id = :government and e.id in (:ids) order by e.version desc")
                .param("government", governmentId).param("ids", ids).query((rs, row) -> file(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public EvidenceFile latest(Actor actor, long governmentId, long evidenceId) {
        return versions(actor, governmentId, evidenceId).get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public Path content(Actor actor, long governmentId, long evidenceId) {
        actor.require(actor.canRead(governmentId));
        String key = jdbc.sql("select storage_key from evidence_file where government_id = ? and id = ?")
                .params(governmentId, evidenceId).query(String.class).optional().orElseThrow(NotPermittedException::new);
        return root.resolve(key);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> text(Actor actor, long governmentId, long evidenceId) {
        actor.require(actor.canRead(governmentId));
        return jdbc.sql("select extracted_text from evidence_file where government_id = ? and id = ?")
                .params(governmentId, evidenceId).query((rs, row) -> Optional.ofNullable(rs.getString(1)))
                .optional().flatMap(text -> text);
    }

    private Optional<EvidenceFile> byId(long governmentId, long id) {
        return jdbc.sql(SELECT + "where e.government_id = ? and e.id = ?")
                .params(governmentId, id).query((rs, row) -> file(rs)).optional();
    }

    private Optional<EvidenceFile> bySha(long governmentId, String sha) {
        return jdbc.sql(SELECT + "where e.government_id = ? and e.sha256 = ?")
                .params(governmentId, sha).query((rs, row) -> file(rs)).optional();
    }

    private Optional<EvidenceFile> byUrl(long governmentId, String url) {
        return jdbc.sql(SELECT + "where e.government_id = ? and e.kind = 'LINK' and e.url = ?")
                .params(governmentId, url).query((rs, row) -> file(rs)).optional();
    }

    private static EvidenceFile file(ResultSet rs) throws SQLException {
        long size = rs.getLong("size_bytes");
        Long sizeBytes = rs.wasNull() ? null : size;
        long replaces = rs.getLong("replaces_id");
        Long replacesId = rs.wasNull() ? null : replaces;
        Timestamp created = rs.getTimestamp("created_at");
        return new EvidenceFile(rs.getLong("id"), rs.getLong("government_id"), EvidenceFile.Kind.valueOf(rs.getString("kind")),
                rs.getString("original_name"), rs.getString("sha256"), sizeBytes, rs.getString("content_type"),
                rs.getString("url"), rs.getInt("version"), replacesId, rs.getBoolean("latest"), created.toInstant(),
                EvidenceFile.TextStatus.valueOf(rs.getString("text_status")));
    }
}
