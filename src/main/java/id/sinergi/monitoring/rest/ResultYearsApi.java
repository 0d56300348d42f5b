package id.sinergi.monitoring.rest;

import id.sinergi.monitoring.ResultImports;
import id.sinergi.monitoring.Results;
import id.sinergi.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** National admins: the years with results and publishing a year, as on {@code /admin/hasil}. */
@RestController
@Tag(name = "Hasil evaluasi (admin)", description = "Tahun yang punya hasil, dan penerbitan hasil satu tahun")
class ResultYearsApi {

    private final ResultImports imports;
    private final Results results;

    ResultYearsApi(ResultImports imports, Results results) {
        this.imports = imports;
        this.results = results;
    }

    record Published(int year, int published) {
    }

    @GetMapping("/api/v1/admin/results/years")
    @Operation(summary = "Per tahun: instrumen, jumlah hasil, yang terbit, yang diimpor, yang dari penilaian")
    List<ResultImports.YearSummary> years(Actor actor) {
        return imports.years(actor);
    }

    @PostMapping("/api/v1/admin/results/{year}/publish")
    @Operation(summary = "Terbitkan semua hasil tahun itu yang belum terbit (hasil dari penilaian final)")
    Published publish(Actor actor, @PathVariable int year) {
        return new Published(year, results.publishYear(actor, year));
    }
}
