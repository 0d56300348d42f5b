package id.sinergi.audit.rest;

import id.sinergi.audit.AuditLog;
import id.sinergi.audit.AuditVerification;
import id.sinergi.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "Verifikasi rantai hash log audit (admin nasional)")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @PostMapping("/api/v1/admin/audit/verification")
    @Operation(summary = "Hitung ulang rantai hash dan sebut entri pertama yang rusak")
    AuditVerification verify(Actor actor) {
        actor.require(actor.isNationalAdmin());
        return audit.verify();
    }
}
