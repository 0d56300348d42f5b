package id.sinergi.assessment.domain;

import id.sinergi.evidence.EvidenceUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Evidence attached to any contribution, decided, frozen or not, is in use and cannot be removed. */
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
}
