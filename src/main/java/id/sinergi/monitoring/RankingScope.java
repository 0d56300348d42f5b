package id.sinergi.monitoring;

import id.sinergi.organization.GovernmentCategory;
import java.util.Set;

/** Which categories a ranking compares: everyone, all regional governments (Pemda), or one category. */
public enum RankingScope {
    ALL(Set.of(GovernmentCategory.values())),
    PEMDA(Set.of(GovernmentCategory.PROVINSI, GovernmentCategory.KABUPATEN, GovernmentCategory.KOTA)),
    PROVINSI(Set.of(GovernmentCategory.PROVINSI)),
    KABUPATEN(Set.of(GovernmentCategory.KABUPATEN)),
    KOTA(Set.of(GovernmentCategory.KOTA)),
    INSTANSI_PUSAT(Set.of(GovernmentCategory.INSTANSI_PUSAT));

    private final Set<GovernmentCategory> categories;

    RankingScope(Set<GovernmentCategory> categories) {
        this.categories = categories;
    }

    public boolean includes(GovernmentCategory category) {
        return categories.contains(category);
    }
}
