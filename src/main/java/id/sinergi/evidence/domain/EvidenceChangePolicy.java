package id.sinergi.evidence.domain;

import id.sinergi.shared.Actor;
import java.util.Set;

/**
 * Who may change one piece of a government's evidence (put a new version in its place, remove it): a
 * coordinator or national admin, its uploader, and the operators of the OPDs whose work uses it, as long
 * as they still supply evidence for the government ({@link Actor#canAddEvidence}). Any other reader of the
 * government (another OPD's operator, an assessor, the leader) may read and download it, never change it.
 */
final class EvidenceChangePolicy {

    private EvidenceChangePolicy() {
    }

    static boolean mayChange(Actor actor, long governmentId, Long uploaderId, Set<Long> agenciesUsingIt) {
        if (actor.canManage(governmentId)) {
            return true;
        }
        return actor.canAddEvidence(governmentId) && (uploaderId != null && uploaderId == actor.userId()
                || actor.operatesFor(governmentId, agenciesUsingIt));
    }
}
