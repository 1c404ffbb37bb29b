package org.sightline.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The portal's own classes (every module on the test classpath) checked against {@link Boundaries}. */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "org.sightline";

    @ArchTest
    static final ArchRule noModuleDependsOnAnother = Boundaries.noModuleDependsOnAnother(ROOT);
    @ArchTest
    static final ArchRule kernelDependsOnNoModule = Boundaries.kernelDependsOnNoModule(ROOT);
    @ArchTest
    static final ArchRule shellNeverImportsAModule = Boundaries.shellNeverImportsAModule(ROOT);
    @ArchTest
    static final ArchRule viewsNeverUseARepository = Boundaries.viewsNeverUseARepository(ROOT);
    @ArchTest
    static final ArchRule repositoriesAreUsedOnlyByServices = Boundaries.repositoriesAreUsedOnlyByServices(ROOT);
    @ArchTest
    static final ArchRule domainNeverImportsUi = Boundaries.domainNeverImportsUi(ROOT);
    @ArchTest
    static final ArchRule onlyTheContractNamesViewsOutsideUi = Boundaries.onlyTheContractNamesViewsOutsideUi(ROOT);
}
