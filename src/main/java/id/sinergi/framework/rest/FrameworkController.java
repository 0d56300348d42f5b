package id.sinergi.framework.rest;

import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.framework.InstrumentCatalog.PublishedInstrument;
import id.sinergi.framework.InstrumentNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Instrumen", description = "Instrumen evaluasi yang diterbitkan / published evaluation instruments")
class FrameworkController {

    private final InstrumentCatalog instruments;

    FrameworkController(InstrumentCatalog instruments) {
        this.instruments = instruments;
    }

    @GetMapping("/api/v1/frameworks")
    @Operation(summary = "Daftar instrumen yang diterbitkan")
    List<FrameworkView.Summary> list() {
        return instruments.listPublished().stream()
                .map(p -> FrameworkView.Summary.of(p.instrument(), p.version()))
                .toList();
    }

    @GetMapping("/api/v1/frameworks/{code}")
    @Operation(summary = "Struktur, bobot, tingkat beserta kriteria, dan predikat satu instrumen")
    FrameworkView.Detail detail(@PathVariable String code) {
        PublishedInstrument published = instruments.findPublishedVersion(code)
                .orElseThrow(() -> new InstrumentNotFoundException(code));
        return FrameworkView.Detail.of(published.instrument(), published.version());
    }
}
