package org.claimcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages follow the data flow: each may use only the packages to its left (STYLE.md section 1). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.claimcheck");

    @Test
    void packagesOnlyDependOnPackagesToTheirLeft() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("input").definedBy("org.claimcheck.input..")
                .layer("extract").definedBy("org.claimcheck.extract..")
                .layer("facts").definedBy("org.claimcheck.facts..")
                .layer("engine").definedBy("org.claimcheck.engine..")
                .layer("report").definedBy("org.claimcheck.report..")
                .layer("api").definedBy("org.claimcheck.api..")
                .layer("cli").definedBy("org.claimcheck.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("api").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("api", "cli")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("report", "api", "cli")
                .whereLayer("facts").mayOnlyBeAccessedByLayers("extract", "engine", "report", "api", "cli")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("engine", "report", "api", "cli")
                .check(CLASSES);
    }

    @Test
    void onlyTheEngineTouchesDrools() {
        noClasses().that().resideOutsideOfPackage("org.claimcheck.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .because("embedders never touch KIE: Drools stays behind the engine package")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.claimcheck.cli..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void ruleFilesTakeTheirTypesFromFactsNotFromExtraction() throws IOException {
        // given
        List<Path> ruleFiles;
        try (Stream<Path> rules = Files.walk(Path.of("rules")); Stream<Path> examples = Files.walk(Path.of("docs/examples"))) {
            ruleFiles = Stream.concat(rules, examples).filter(Files::isRegularFile).toList();
        }

        // when
        List<Path> mentioningExtract = new ArrayList<>();
        for (Path file : ruleFiles) {
            if (Files.readString(file, StandardCharsets.UTF_8).contains("org.claimcheck.extract")) {
                mentioningExtract.add(file);
            }
        }

        // then
        assertThat(ruleFiles).isNotEmpty();
        assertThat(mentioningExtract).as("rule files that mention org.claimcheck.extract (STYLE.md section 1)").isEmpty();
    }
}
