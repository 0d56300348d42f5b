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
import id.sinergi.shared.NotPermittedException;
import java.nio.charset.CharacterCodingException;
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
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
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
        List<List<String>> rows;
        try {
            rows = Csv.parse(Csv.decode(csv));
        } catch (CharacterCodingException e) {
            return refused(problems, 0, "agency.import.encoding");
        }
        if (rows.isEmpty()) {
            return refused(problems, 0, "agency.import.empty");
        }
        List<String> header = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(List.of("nama")) && !header.equals(List.of("name"))) {
            return refused(problems, 1, "agency.import.header", String.join(",", rows.get(0)));
        }
        long dataRows = rows.stream().skip(1).filter(r -> !isEmptyLine(r)).count();
        if (dataRows == 0) {
            return refused(problems, 0, "agency.import.empty");
        }
        if (dataRows > MAX_IMPORT_ROWS) {
            return refused(problems, 0, "agency.import.tooManyRows", dataRows, MAX_IMPORT_ROWS);
        }
        repository.lockGovernment(governmentId);
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            int line = i + 1;
            List<String> row = rows.get(i);
            if (isEmptyLine(row)) {
                continue;
            }
            if (row.size() != 1) {
                problems.add(new RowProblem(line, "agency.import.columns", List.of(row.size())));
                continue;
            }
            String name;
            try {
                name = name(row.get(0));
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

    /** A line with nothing on it (a trailing newline, a blank line); a quoted "  " is a row with an empty name. */
    private static boolean isEmptyLine(List<String> row) {
        return row.size() == 1 && row.get(0).isEmpty();
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

    /** Trimmed, single spaces, 2–200 characters, no control characters. */
    static String name(String raw) {
        String clean = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (clean.length() < 2) {
            throw new OrganizationProblem("agency.name.tooShort");
        }
        if (clean.length() > 200) {
            throw new OrganizationProblem("agency.name.tooLong", 200);
        }
        if (CONTROL.matcher(clean).find()) {
            throw new OrganizationProblem("agency.name.control");
        }
        return clean;
    }
}
