package org.vidya;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps module boundaries honest and writes the module documentation to docs/modules. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(VidyaApplication.class);
    static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void foundationModulesExist() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("platform", "identity", "organization", "privacy");
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        sortRelations();
        assertThat(DOCS.resolve("components.puml")).exists();
    }

    /**
     * The diagrams list relations in no fixed order; sorting them keeps the committed docs
     * unchanged by a test run unless the modules really changed.
     */
    private static void sortRelations() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                int start = 0;
                while (start < lines.size()) {
                    int end = start;
                    while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
                        end++;
                    }
                    if (end > start) {
                        Collections.sort(lines.subList(start, end));
                        start = end;
                    } else {
                        start++;
                    }
                }
                Files.write(file, lines);
            }
        }
    }
}
