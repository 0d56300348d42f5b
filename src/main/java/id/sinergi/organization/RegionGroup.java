package id.sinergi.organization;

import java.util.Set;

/**
 * Groups of governments that rankings select together. "Indonesia Timur" is Sulawesi, Nusa Tenggara
 * Barat, Nusa Tenggara Timur, Maluku and Papua: Bali shares a region with the Nusa Tenggara
 * provinces but is not part of it, so the group is defined by region and province.
 */
public enum RegionGroup {
    INDONESIA_TIMUR("Indonesia Timur", Set.of(Region.SULAWESI, Region.MALUKU, Region.PAPUA), Set.of("52", "53"));

    private final String label;
    private final Set<Region> regions;
    private final Set<String> provinceCodes;

    RegionGroup(String label, Set<Region> regions, Set<String> provinceCodes) {
        this.label = label;
        this.regions = regions;
        this.provinceCodes = provinceCodes;
    }

    public String label() {
        return label;
    }

    public boolean includes(Government government) {
        return government.region() != null
                && (regions.contains(government.region()) || provinceCodes.contains(government.provinceCode()));
    }
}
