package org.sightline.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The plug-in boundaries: the shell and the kernel never depend on a module. */
@AnalyzeClasses(packages = "org.sightline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] MODULES = {"org.sightline.workshops..", "org.sightline.audits..",
            "org.sightline.observations..", "org.sightline.supervision..", "org.sightline.thematic..",
            "org.sightline.complaints..", "org.sightline.boardpacks.."};

    @ArchTest
    static final ArchRule shellNeverImportsAModule = noClasses().that().resideInAPackage("org.sightline.app..")
            .should().dependOnClassesThat().resideInAnyPackage(MODULES);

    @ArchTest
    static final ArchRule kernelNeverImportsAModule = noClasses().that().resideInAPackage("org.sightline.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage(MODULES)
            .orShould().dependOnClassesThat().resideInAPackage("org.sightline.app..");
}
