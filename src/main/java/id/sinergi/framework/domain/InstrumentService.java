package id.sinergi.framework.domain;

import id.sinergi.audit.AuditLog;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentAdministration;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.framework.InstrumentNotFoundException;
import id.sinergi.framework.InstrumentStateException;
import id.sinergi.framework.InstrumentStatus;
import id.sinergi.framework.InstrumentVersion;
import id.sinergi.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class InstrumentService implements InstrumentCatalog, InstrumentAdministration {

    private static final Logger log = LoggerFactory.getLogger(InstrumentService.class);

    private final InstrumentVersionRepository versions;
    private final AuditLog audit;
    private final InstrumentReader reader = new InstrumentReader();
    /** Parsed versions by "code@version". Safe to keep: a published version never changes. */
    private final Map<String, Instrument> parsed = new ConcurrentHashMap<>();

    InstrumentService(InstrumentVersionRepository versions, AuditLog audit) {
        this.versions = versions;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instrument> findPublished(String code) {
        return versions.findPublished(code).map(this::instrument);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instrument> findVersion(String code, int version) {
        return versions.find(code, version).filter(v -> v.status() != InstrumentStatus.DRAFT).map(this::instrument);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublishedInstrument> findPublishedVersion(String code) {
        return versions.findPublished(code).map(v -> new PublishedInstrument(instrument(v), v));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublishedInstrument> listPublished() {
        return versions.findAllPublished().stream()
                .map(v -> new PublishedInstrument(instrument(v), v))
                .sorted(Comparator.comparing((PublishedInstrument p) -> newestYear(p.instrument())).reversed())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<InstrumentVersion> versions(String code) {
        return versions.findAll(code);
    }

    @Override
    @Transactional
    public InstrumentVersion importDraft(Actor actor, byte[] json) {
        actor.require(actor.isNationalAdmin());
        return importDraft(json);
    }

    private InstrumentVersion importDraft(byte[] json) {
        Instrument instrument = reader.read(json);
        versions.lock(instrument.code());
        int version = versions.nextVersion(instrument.code());
        versions.insertDraft(instrument.code(), version, new String(json, StandardCharsets.UTF_8), sha256(json));
        log.info("Imported instrument {} as draft version {}", instrument.code(), version);
        InstrumentVersion draft = versions.find(instrument.code(), version).orElseThrow();
        audit.record("instrument.import", "instrument_version", draft.code() + "@" + draft.version(), null, null, draft);
        return draft;
    }

    @Override
    @Transactional
    public InstrumentVersion publish(Actor actor, String code, int version) {
        actor.require(actor.isNationalAdmin());
        return publish(code, version);
    }

    private InstrumentVersion publish(String code, int version) {
        versions.lock(code);
        InstrumentVersion current = versions.find(code, version)
                .orElseThrow(() -> new InstrumentNotFoundException(code + " v" + version));
        if (current.status() != InstrumentStatus.DRAFT) {
            throw new InstrumentStateException(code, version, current.status());
        }
        Optional<InstrumentVersion> previous = versions.findPublished(code);
        versions.retirePublished(code);
        previous.ifPresent(before -> audit.record("instrument.retire", "instrument_version",
                code + "@" + before.version(), null, before, versions.find(code, before.version()).orElseThrow()));
        versions.markPublished(code, version);
        log.info("Published instrument {} version {}", code, version);
        InstrumentVersion published = versions.find(code, version).orElseThrow();
        audit.record("instrument.publish", "instrument_version", code + "@" + version, null, current, published);
        return published;
    }

    /** Seeds a bundled instrument file as version 1, published, when its code is not known yet. */
    @Transactional
    public boolean seedIfAbsent(byte[] json) {
        Instrument instrument = reader.read(json);
        versions.lock(instrument.code());
        if (versions.exists(instrument.code())) {
            return false;
        }
        InstrumentVersion draft = importDraft(json);
        publish(draft.code(), draft.version());
        return true;
    }

    private Instrument instrument(InstrumentVersion version) {
        return parsed.computeIfAbsent(version.code() + "@" + version.version(),
                key -> reader.read(versions.content(version.code(), version.version()).getBytes(StandardCharsets.UTF_8)));
    }

    private static int newestYear(Instrument instrument) {
        return instrument.usedForEvaluationYears().stream().max(Integer::compare).orElse(0);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
