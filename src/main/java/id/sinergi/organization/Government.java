package id.sinergi.organization;

/** An instansi evaluated as one unit. Regional governments carry their Kemendagri code and region. */
public record Government(long id, String code, String name, GovernmentCategory category, String provinceCode,
        Region region, boolean active) {
}
