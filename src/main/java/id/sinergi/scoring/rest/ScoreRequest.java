package id.sinergi.scoring.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Map;

/** Documents the request body; the controller reads the raw JSON itself to see duplicates and exact digits. */
@Schema(description = "Satu nilai per indikator yang dinilai / one value per scored indicator")
record ScoreRequest(
        @Schema(example = "{\"1\": 3, \"2\": 4}",
                description = "Kode indikator → tingkat (bilangan bulat) atau nilai (maks. 2 desimal)")
        Map<String, BigDecimal> levels) {
}
