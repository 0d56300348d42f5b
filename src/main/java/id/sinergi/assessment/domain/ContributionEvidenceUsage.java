package id.sinergi.assessment.domain;

import id.sinergi.evidence.EvidenceUsage;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence attached to any contribution, decided, frozen or not, is in use and cannot be removed; the
 * operators of the OPDs whose contributions use it may put a new version in its place.
 */
@Component
class ContributionEvidenceUsage implements EvidenceUsage {

    private final ContributionRepository contributions;

    ContributionEvidenceUsage(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean inUse(long governmentId, long evidenceId) {
        return contributions.evidenceInUse(governmentId, evidenceId);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> agenciesUsing(long governmentId, long evidenceId) {
        return contributions.agenciesUsing(governmentId, evidenceId);
    }
}
