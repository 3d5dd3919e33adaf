package com.hashinsight.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Engine packages stay free of JavaFX so they run headless, in the CLI and in benchmarks. */
class LayerRulesTest {

    private static final String[] ENGINE_PACKAGES = {
        "com.hashinsight.fleet..",
        "com.hashinsight.store..",
        "com.hashinsight.importer..",
        "com.hashinsight.economics..",
        "com.hashinsight.strategy..",
        "com.hashinsight.simulation..",
        "com.hashinsight.tokenizer..",
        "com.hashinsight.inference..",
        "com.hashinsight.i18n.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.hashinsight");
    }

    @Test
    void enginePackagesDoNotImportJavaFx() {
        noClasses().that().resideInAnyPackage(ENGINE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "eu.hansolo..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void viewModelsDoNotImportSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void enginePackagesDoNotDependOnScreens() {
        noClasses().that().resideInAnyPackage(ENGINE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("com.hashinsight.ui..", "com.hashinsight.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void storeDoesNotDependOnImporter() {
        noClasses().that().resideInAPackage("com.hashinsight.store..")
                .should().dependOnClassesThat().resideInAPackage("com.hashinsight.importer..")
                .check(classes);
    }

    @Test
    void storeAndImporterDoNotImportJavaFx() {
        noClasses().that().resideInAnyPackage("com.hashinsight.store..", "com.hashinsight.importer..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    /** The installer's smoke run must work on a machine without a display, so nothing it reaches may load JavaFX. */
    @Test
    void smokeRunReachesNoJavaFx() {
        noClasses().that().haveFullyQualifiedName("com.hashinsight.app.SmokeRun")
                .should().transitivelyDependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "eu.hansolo..")
                .check(classes);
    }
}
