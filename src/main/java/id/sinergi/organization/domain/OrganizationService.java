package id.sinergi.organization.domain;

import id.sinergi.audit.AuditLog;
import id.sinergi.organization.Agency;
import id.sinergi.organization.AgencyImport;
import id.sinergi.organization.AgencyImport.RowProblem;
import id.sinergi.organization.Government;
import id.sinergi.organization.GovernmentCategory;
import id.sinergi.organization.Organization;
import id.sinergi.organization.OrganizationProblem;
import id.sinergi.organization.Region;
import id.sinergi.shared.Actor;
import id.sinergi.shared.CsvReader;
import id.sinergi.shared.CsvReader.Line;
import id.sinergi.shared.NotPermittedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrganizationService implements Organization {

    static final int MAX_IMPORT_BYTES = 256 * 1024;
    static final int MAX_IMPORT_ROWS = 1000;
    static final int NAME_MAX = 200;
    /**
     * One name per line, read whole (commas included; a tab passes the reader and is reported as a
     * column separator). Blank lines are allowed, so the reader's bound is looser than
     * {@link #MAX_IMPORT_ROWS}, which counts names; a line is a name of at most {@link #NAME_MAX}
     * characters plus quotes and blanks.
     */
    private static final CsvReader.Limits IMPORT_LIMITS = new CsvReader.Limits(10 * MAX_IMPORT_ROWS, 1, 1_000);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    private static final Pattern CENTRAL_CODE = Pattern.compile("[A-Z0-9][A-Z0-9.-]{1,31}");

    private final OrganizationRepository repository;
    private final AuditLog audit;

    OrganizationService(OrganizationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Government> governments(GovernmentCategory category, Region region, String nameContains) {
        return repository.governments(category, region, nameContains);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Government> government(long id) {
        return repository.government(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Government> governmentByCode(String code) {
        return repository.governmentByCode(code);
    }

    @Override
    @Transactional
    public Government addCentralAgency(Actor actor, String code, String name) {
        actor.require(actor.isNationalAdmin());
        String cleanCode = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CENTRAL_CODE.matcher(cleanCode).matches()) {
            throw new OrganizationProblem("government.code.invalid", code == null ? "" : code);
        }
        String cleanName = name(name);
        if (repository.governmentByCode(cleanCode).isPresent()) {
            throw new OrganizationProblem("government.code.taken", cleanCode);
        }
        long id = repository.insertGovernment(cleanCode, cleanName, GovernmentCategory.INSTANSI_PUSAT, null, null);
        Government created = repository.government(id).orElseThrow();
        audit.record("government.create", "government", id, id, null, created);
        return created;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Agency> agencies(Actor actor, long governmentId) {
        actor.require(actor.canRead(governmentId));
        return repository.agencies(governmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Agency> agency(Actor actor, long governmentId, long agencyId) {
        actor.require(actor.canRead(governmentId));
        return repository.agency(governmentId, agencyId);
    }

    @Override
    @Transactional
    public Agency createAgency(Actor actor, long governmentId, String name) {
        actor.require(actor.canManage(governmentId));
        existingGovernment(governmentId);
        String clean = name(name);
        repository.lockGovernment(governmentId);
        if (repository.activeNameTaken(governmentId, clean, null)) {
            throw new OrganizationProblem("agency.name.taken", clean);
        }
        Agency created = repository.agency(governmentId, repository.insertAgency(governmentId, clean)).orElseThrow();
        audit.record("agency.create", "agency", created.id(), governmentId, null, created);
        return created;
    }

    @Override
    @Transactional
    public Agency renameAgency(Actor actor, long governmentId, long agencyId, String name) {
        actor.require(actor.canManage(governmentId));
        String clean = name(name);
        repository.lockGovernment(governmentId);
        Agency before = existingAgency(governmentId, agencyId);
        if (!before.active()) {
            throw new OrganizationProblem("agency.inactive", before.name());
        }
        if (repository.activeNameTaken(governmentId, clean, agencyId)) {
            throw new OrganizationProblem("agency.name.taken", clean);
        }
        repository.rename(agencyId, clean);
        Agency after = repository.agency(governmentId, agencyId).orElseThrow();
        audit.record("agency.rename", "agency", agencyId, governmentId, before, after);
        return after;
    }

    @Override
    @Transactional
    public Agency deactivateAgency(Actor actor, long governmentId, long agencyId) {
        actor.require(actor.canManage(governmentId));
        Agency before = existingAgency(governmentId, agencyId);
        if (!before.active()) {
            return before;
        }
        repository.deactivate(agencyId);
        Agency after = repository.agency(governmentId, agencyId).orElseThrow();
        audit.record("agency.deactivate", "agency", agencyId, governmentId, before, after);
        return after;
    }

    @Override
    @Transactional
    public AgencyImport importAgencies(Actor actor, long governmentId, byte[] csv) {
        actor.require(actor.canManage(governmentId));
        existingGovernment(governmentId);
        List<RowProblem> problems = new ArrayList<>();
        if (csv == null || csv.length == 0) {
            return refused(problems, 0, "agency.import.empty");
        }
        if (csv.length > MAX_IMPORT_BYTES) {
            return refused(problems, 0, "agency.import.tooLarge", MAX_IMPORT_BYTES / 1024);
        }
        List<Line> lines;
        try {
            lines = CsvReader.lines(csv, IMPORT_LIMITS);
        } catch (CsvReader.Refused e) {
            return refused(problems, e);
        }
        String headerLine = lines.isEmpty() ? "" : lines.get(0).cell(0);
        String header = unquote(headerLine);
        if (!header.equalsIgnoreCase("nama") && !header.equalsIgnoreCase("name")) {
            return refused(problems, 1, "agency.import.header", headerLine);
        }
        long dataRows = lines.stream().skip(1).filter(l -> !l.blank()).count();
        if (dataRows == 0) {
            return refused(problems, 0, "agency.import.empty");
        }
        if (dataRows > MAX_IMPORT_ROWS) {
            return refused(problems, 0, "agency.import.tooManyRows", dataRows, MAX_IMPORT_ROWS);
        }
        repository.lockGovernment(governmentId);
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Line row : lines.subList(1, lines.size())) {
            int line = row.number();
            if (row.blank()) {
                continue;
            }
            String name;
            try {
                name = name(field(row.cell(0)));
            } catch (OrganizationProblem e) {
                problems.add(new RowProblem(line, e.messageKey(), e.arguments()));
                continue;
            }
            Integer first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), line);
            if (first != null) {
                problems.add(new RowProblem(line, "agency.import.duplicateInFile", List.of(name, first)));
            } else if (repository.activeNameTaken(governmentId, name, null)) {
                problems.add(new RowProblem(line, "agency.name.taken", List.of(name)));
            } else {
                names.add(name);
            }
        }
        if (!problems.isEmpty()) {
            return new AgencyImport(0, problems);
        }
        for (String name : names) {
            Agency created = repository.agency(governmentId, repository.insertAgency(governmentId, name)).orElseThrow();
            audit.record("agency.create", "agency", created.id(), governmentId, null, created);
        }
        return new AgencyImport(names.size(), List.of());
    }

    /**
     * One OPD name per line. The whole line is the name, commas included (OPD names often contain
     * them, and Excel in Indonesian locales does not quote them), unless it is wrapped in double
     * quotes, where a doubled quote stands for one. A semicolon or tab means the file has several
     * columns; a stray or unclosed quote is reported rather than guessed at.
     */
    private static String field(String line) {
        if (line.startsWith("\"")) {
            if (line.length() < 2 || !line.endsWith("\"")) {
                throw new OrganizationProblem("agency.import.quote");
            }
            String inner = line.substring(1, line.length() - 1);
            if (inner.replace("\"\"", "").contains("\"")) {
                throw new OrganizationProblem("agency.import.quote");
            }
            return inner.replace("\"\"", "\"");
        }
        if (line.indexOf(';') >= 0 || line.indexOf('\t') >= 0) {
            throw new OrganizationProblem("agency.import.columns");
        }
        if (line.indexOf('"') >= 0) {
            throw new OrganizationProblem("agency.import.quote");
        }
        return line;
    }

    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }

    /** The shared reader's refusal as this import's message, naming the same line. */
    private static AgencyImport refused(List<RowProblem> problems, CsvReader.Refused refused) {
        int line = refused.line();
        switch (refused.messageKey()) {
            case CsvReader.ENCODING:
                return refused(problems, line, "agency.import.encoding.line", line);
            case CsvReader.CONTROL:
                return refused(problems, line, "agency.import.control", refused.arguments().toArray());
            case CsvReader.TOO_MANY_LINES:
                return refused(problems, 0, "agency.import.tooManyLines", IMPORT_LIMITS.maxLines(), MAX_IMPORT_ROWS);
            case CsvReader.FIELD_TOO_LONG:
                // far past any name: the line's own problem, as a shorter overlong name would report it
                return refused(problems, line, "agency.name.tooLong", NAME_MAX);
            default:
                throw new IllegalStateException(refused.messageKey());
        }
    }

    private static AgencyImport refused(List<RowProblem> problems, int row, String key, Object... args) {
        problems.add(new RowProblem(row, key, List.of(args)));
        return new AgencyImport(0, problems);
    }

    private Government existingGovernment(long governmentId) {
        return repository.government(governmentId).orElseThrow(NotPermittedException::new);
    }

    private Agency existingAgency(long governmentId, long agencyId) {
        return repository.agency(governmentId, agencyId)
                .orElseThrow(() -> new OrganizationProblem("agency.notFound", agencyId));
    }

    /** Trimmed, single spaces, 2–200 characters (code points, as PostgreSQL counts), no control or format characters. */
    static String name(String raw) {
        String clean = raw == null ? "" : raw.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
        int length = clean.codePointCount(0, clean.length());
        if (length < 2) {
            throw new OrganizationProblem("agency.name.tooShort");
        }
        if (length > NAME_MAX) {
            throw new OrganizationProblem("agency.name.tooLong", NAME_MAX);
        }
        if (CONTROL.matcher(clean).find()) {
            throw new OrganizationProblem("agency.name.control");
        }
        return clean;
    }
}
