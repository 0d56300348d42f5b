package id.sinergi.planning.rest;

import id.sinergi.planning.CascadedTarget;
import id.sinergi.planning.Dashboard;
import id.sinergi.planning.LeadershipDashboard;
import id.sinergi.planning.Plans;
import id.sinergi.planning.Plans.NewIndicator;
import id.sinergi.planning.Plans.NewPlan;
import id.sinergi.planning.RegionalPlan;
import id.sinergi.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Perencanaan", description = "RPJMD, IKU (Indeks SPBE, Indeks Pemdi) dan target per tahun, kaskade target ke OPD, dasbor pimpinan")
class PlanningApi {

    private final Plans plans;
    private final LeadershipDashboard dashboard;

    PlanningApi(Plans plans, LeadershipDashboard dashboard) {
        this.plans = plans;
        this.dashboard = dashboard;
    }

    record TargetBody(BigDecimal target) {
    }

    record CascadeBody(Map<String, BigDecimal> levels) {
    }

    @GetMapping("/api/v1/governments/{governmentId}/plans")
    @Operation(summary = "RPJMD instansi dengan IKU, target, realisasi dan capaian per tahun (koordinator, pimpinan)")
    List<RegionalPlan> plans(Actor actor, @PathVariable long governmentId) {
        return plans.plans(actor, governmentId);
    }

    @PostMapping("/api/v1/governments/{governmentId}/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Buat RPJMD beserta IKU-nya (koordinator); satu IKU diukur dengan satu instrumen")
    RegionalPlan create(Actor actor, @PathVariable long governmentId, @RequestBody NewPlan body) {
        return plans.create(actor, governmentId, body);
    }

    @PostMapping("/api/v1/governments/{governmentId}/plans/{planId}/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tambah IKU ke RPJMD (koordinator)")
    RegionalPlan addIndicator(Actor actor, @PathVariable long governmentId, @PathVariable long planId,
            @RequestBody NewIndicator body) {
        return plans.addIndicator(actor, governmentId, planId, body);
    }

    @PutMapping("/api/v1/governments/{governmentId}/plans/{planId}/indicators/{indicatorId}/targets/{year}")
    @Operation(summary = "Tetapkan target IKU satu tahun (koordinator); target null menghapus")
    RegionalPlan target(Actor actor, @PathVariable long governmentId, @PathVariable long planId,
            @PathVariable long indicatorId, @PathVariable int year, @RequestBody TargetBody body) {
        return plans.setTarget(actor, governmentId, planId, indicatorId, year, body == null ? null : body.target());
    }

    @PutMapping("/api/v1/governments/{governmentId}/plans/{planId}/indicators/{indicatorId}/cascade/{year}")
    @Operation(summary = "Kaskade target level per indikator ke OPD penanggung jawabnya (koordinator)")
    List<CascadedTarget> cascade(Actor actor, @PathVariable long governmentId, @PathVariable long planId,
            @PathVariable long indicatorId, @PathVariable int year, @RequestBody CascadeBody body) {
        return plans.cascade(actor, governmentId, planId, indicatorId, year, body == null ? Map.of() : body.levels());
    }

    @GetMapping("/api/v1/governments/{governmentId}/dashboard")
    @Operation(summary = "Angka dasbor pimpinan: indeks terakhir, tren, target vs realisasi, peringkat, partisipasi OPD")
    Dashboard dashboard(Actor actor, @PathVariable long governmentId) {
        return dashboard.of(actor, governmentId);
    }
}
