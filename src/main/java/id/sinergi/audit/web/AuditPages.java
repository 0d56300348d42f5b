package id.sinergi.audit.web;

import id.sinergi.audit.AuditEntry;
import id.sinergi.audit.AuditVerification;
import java.util.List;

/** View models of this module's pages (public: the precompiled jte templates read them). */
public final class AuditPages {

    private AuditPages() {
    }

    public record VerificationPage(AuditVerification verification, List<AuditEntry> latest) {
    }
}
