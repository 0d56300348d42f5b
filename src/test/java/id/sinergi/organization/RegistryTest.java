package id.sinergi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegistryTest extends WebTest {

    @Autowired
    Organization organization;

    @Test
    void allProvincesRegenciesAndCitiesWithTheirKemendagriCodes() {
        assertThat(organization.governments(GovernmentCategory.PROVINSI, null, null)).hasSize(38);
        assertThat(organization.governments(GovernmentCategory.KABUPATEN, null, null)).hasSize(416);
        assertThat(organization.governments(GovernmentCategory.KOTA, null, null)).hasSize(98);

        Government polman = organization.governmentByCode("76.04").orElseThrow();
        assertThat(polman.name()).isEqualTo("Kabupaten Polewali Mandar");
        assertThat(polman.provinceCode()).isEqualTo("76");
        assertThat(polman.region()).isEqualTo(Region.SULAWESI);
        assertThat(organization.governmentByCode("75.71").orElseThrow().name()).isEqualTo("Kota Gorontalo");
        assertThat(organization.governmentByCode("11").orElseThrow().name()).isEqualTo("Provinsi Aceh");
        assertThat(organization.governmentByCode("31.01").orElseThrow().category()).isEqualTo(GovernmentCategory.KABUPATEN);
    }

    @Test
    void indonesiaTimurIsSulawesiNusaTenggaraMalukuAndPapuaButNotBali() {
        List<Government> all = organization.governments(null, null, null);
        List<Government> east = all.stream().filter(RegionGroup.INDONESIA_TIMUR::includes).toList();

        assertThat(east).extracting(Government::provinceCode).contains("52", "53", "71", "76", "81", "82", "91", "94")
                .doesNotContain("51", "31", "64");
        assertThat(east).filteredOn(g -> g.category() == GovernmentCategory.PROVINSI).hasSize(16);
    }

    @Test
    void theRegistryIsPublicThroughTheApi() {
        var response = get("/api/v1/governments?group=INDONESIA_TIMUR&category=KABUPATEN&q=polewali");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).singleElement().satisfies(g -> assertThat(g.get("code").asString()).isEqualTo("76.04"));
    }
}
