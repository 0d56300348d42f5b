package id.sinergi.framework.rest;

import id.sinergi.shared.BodyLimit;
import id.sinergi.framework.InstrumentAdministration;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.framework.InstrumentNotFoundException;
import id.sinergi.framework.InstrumentVersion;
import id.sinergi.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Admin side of the instrument registry; {@code /api/v1/admin/**} needs a national admin (see the API security chain). */
@RestController
@Tag(name = "Admin instrumen", description = "Impor dan penerbitan versi instrumen (admin nasional)")
class FrameworkAdminController {

    private final InstrumentAdministration administration;
    private final InstrumentCatalog catalog;

    FrameworkAdminController(InstrumentAdministration administration, InstrumentCatalog catalog) {
        this.administration = administration;
        this.catalog = catalog;
    }

    @BodyLimit(kilobytes = 1024)
    @PostMapping(path = "/api/v1/admin/frameworks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Impor berkas instrumen (JSON) sebagai draf; 400 menyebut semua masalah sekaligus")
    ResponseEntity<FrameworkView.VersionView> importDraft(Actor actor, @RequestBody byte[] file) {
        InstrumentVersion draft = administration.importDraft(actor, file);
        return ResponseEntity.created(URI.create("/api/v1/admin/frameworks/" + draft.code() + "/versions"))
                .body(FrameworkView.VersionView.of(draft));
    }

    @PostMapping("/api/v1/admin/frameworks/{code}/versions/{version}/publish")
    @Operation(summary = "Terbitkan draf; versi terbit sebelumnya dipensiunkan")
    FrameworkView.VersionView publish(Actor actor, @PathVariable String code, @PathVariable int version) {
        return FrameworkView.VersionView.of(administration.publish(actor, code, version));
    }

    @GetMapping("/api/v1/admin/frameworks/{code}/versions")
    @Operation(summary = "Semua versi satu instrumen")
    List<FrameworkView.VersionView> versions(Actor actor, @PathVariable String code) {
        actor.require(actor.isNationalAdmin());
        List<InstrumentVersion> versions = catalog.versions(code);
        if (versions.isEmpty()) {
            throw new InstrumentNotFoundException(code);
        }
        return versions.stream().map(FrameworkView.VersionView::of).toList();
    }
}
