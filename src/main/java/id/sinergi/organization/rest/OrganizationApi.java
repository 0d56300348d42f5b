package id.sinergi.organization.rest;

import id.sinergi.shared.BodyLimit;
import id.sinergi.audit.AuditEntry;
import id.sinergi.audit.AuditLog;
import id.sinergi.organization.Agency;
import id.sinergi.organization.AgencyImport;
import id.sinergi.organization.Government;
import id.sinergi.organization.GovernmentCategory;
import id.sinergi.organization.Organization;
import id.sinergi.organization.Region;
import id.sinergi.organization.RegionGroup;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Instansi dan OPD", description = "Registri instansi (publik) dan OPD (sesuai hak akses)")
class OrganizationApi {

    private final Organization organization;
    private final AuditLog audit;
    private final MessageSource messages;

    OrganizationApi(Organization organization, AuditLog audit, MessageSource messages) {
        this.organization = organization;
        this.audit = audit;
        this.messages = messages;
    }

    record AgencyName(String name) {
    }

    record CentralAgency(String code, String name) {
    }

    @GetMapping("/api/v1/governments")
    @Operation(summary = "Registri instansi (publik): 38 provinsi, 514 kabupaten/kota, instansi pusat")
    List<Government> governments(@RequestParam(required = false) GovernmentCategory category,
            @RequestParam(required = false) Region region,
            @Parameter(description = "INDONESIA_TIMUR") @RequestParam(required = false) RegionGroup group,
            @RequestParam(required = false) String q) {
        return organization.governments(category, region, q).stream()
                .filter(g -> group == null || group.includes(g)).toList();
    }

    @GetMapping("/api/v1/governments/{governmentId}")
    ResponseEntity<Government> government(@PathVariable long governmentId) {
        return ResponseEntity.of(organization.government(governmentId));
    }

    @PostMapping("/api/v1/admin/governments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tambah instansi pusat (admin nasional)")
    Government addCentral(Actor actor, @RequestBody CentralAgency body) {
        return organization.addCentralAgency(actor, body.code(), body.name());
    }

    @GetMapping("/api/v1/governments/{governmentId}/agencies")
    List<Agency> agencies(Actor actor, @PathVariable long governmentId) {
        return organization.agencies(actor, governmentId);
    }

    @PostMapping("/api/v1/governments/{governmentId}/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    Agency create(Actor actor, @PathVariable long governmentId, @RequestBody AgencyName body) {
        return organization.createAgency(actor, governmentId, body.name());
    }

    @PutMapping("/api/v1/governments/{governmentId}/agencies/{agencyId}")
    Agency rename(Actor actor, @PathVariable long governmentId, @PathVariable long agencyId, @RequestBody AgencyName body) {
        return organization.renameAgency(actor, governmentId, agencyId, body.name());
    }

    @PostMapping("/api/v1/governments/{governmentId}/agencies/{agencyId}/deactivate")
    Agency deactivate(Actor actor, @PathVariable long governmentId, @PathVariable long agencyId) {
        return organization.deactivateAgency(actor, governmentId, agencyId);
    }

    @BodyLimit(kilobytes = 256)
    @PostMapping(path = "/api/v1/governments/{governmentId}/agencies/import", consumes = {"text/csv", "text/plain",
            "application/octet-stream"})
    @Operation(summary = "Impor OPD dari CSV (kolom “nama”); semua baris atau tidak sama sekali")
    ResponseEntity<?> importCsv(Actor actor, @PathVariable long governmentId, @RequestBody(required = false) byte[] csv,
            Locale locale) {
        AgencyImport result = organization.importAgencies(actor, governmentId, csv);
        if (result.accepted()) {
            return ResponseEntity.ok(java.util.Map.of("imported", result.imported()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("agency.import.refused", null, locale));
        problem.setProperty("errors", result.problems().stream().map(p -> java.util.Map.of("row", p.row(),
                "problem", p.messageKey(), "message", messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @GetMapping("/api/v1/governments/{governmentId}/audit")
    List<AuditEntry> audit(Actor actor, @PathVariable long governmentId) {
        actor.require(actor.canManage(governmentId) || actor.has(Role.LEADER, governmentId));
        return audit.forGovernment(governmentId, 500);
    }
}
