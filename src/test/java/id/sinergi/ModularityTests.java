package id.sinergi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SinergiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentationForEveryModule() throws java.io.IOException {
        Documenter documenter = new Documenter(modules);
        documenter.writeDocumentation();
        // The Documenter's default folder (README, "Documentation").
        java.nio.file.Path folder = java.nio.file.Path.of("target", "spring-modulith-docs");
        assertThat(folder.resolve("components.puml")).isNotEmptyFile();
        for (var module : modules) {
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).as(module.getIdentifier().toString())
                    .isNotEmptyFile();
        }
    }
}
