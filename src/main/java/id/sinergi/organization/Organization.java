package id.sinergi.organization;

import id.sinergi.shared.Actor;
import java.util.List;
import java.util.Optional;

/** The registry: governments are public; OPDs are read and changed by those entitled to. */
public interface Organization {

    List<Government> governments(GovernmentCategory category, Region region, String nameContains);

    Optional<Government> government(long id);

    Optional<Government> governmentByCode(String code);

    Government addCentralAgency(Actor actor, String code, String name);

    List<Agency> agencies(Actor actor, long governmentId);

    Optional<Agency> agency(Actor actor, long governmentId, long agencyId);

    Agency createAgency(Actor actor, long governmentId, String name);

    Agency renameAgency(Actor actor, long governmentId, long agencyId, String name);

    Agency deactivateAgency(Actor actor, long governmentId, long agencyId);

    /** All rows or none: a file with any bad row imports nothing. */
    AgencyImport importAgencies(Actor actor, long governmentId, byte[] csv);
}
