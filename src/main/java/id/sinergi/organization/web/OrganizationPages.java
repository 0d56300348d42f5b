package id.sinergi.organization.web;

import id.sinergi.audit.AuditEntry;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Government;
import id.sinergi.organization.GovernmentCategory;
import id.sinergi.organization.Region;
import java.util.List;

/** View models of this module's pages (public: the precompiled jte templates read them). */
public final class OrganizationPages {

    private OrganizationPages() {
    }

    public record AgenciesPage(Government government, List<Agency> agencies, boolean manage, String notice,
            List<String> errors, List<ImportLine> importProblems) {
    }

    public record ImportLine(int row, String message) {
    }

    public record GovernmentsPage(List<Government> governments, String category, String region, String q,
            String notice, List<String> errors) {

        public List<GovernmentCategory> categories() {
            return List.of(GovernmentCategory.values());
        }

        public List<Region> regions() {
            return List.of(Region.values());
        }
    }

    public record AuditTrailPage(Government government, List<AuditEntry> entries) {
    }
}
