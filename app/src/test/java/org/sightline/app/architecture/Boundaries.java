package org.sightline.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.sightline.kernel.module.SightlineModule;
import org.sightline.kernel.overview.OverviewSection;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * The portal's boundaries as ArchUnit rules over a root package. A module is any package
 * {@code <root>.<name>} other than the kernel and the shell ({@code app}), so a new module is covered
 * the day it is added: there is no list of modules to keep. The root is a parameter only so that
 * {@link BoundariesCatchBreaksTest} can show each rule failing on deliberately broken classes.
 */
public final class Boundaries {

    private Boundaries() {
    }

    static String kernel(String root) {
        return root + ".kernel..";
    }

    static String shell(String root) {
        return root + ".app..";
    }

    /** Every top-level package is a slice; depending on the kernel is the only dependency allowed between them. */
    public static ArchRule noModuleDependsOnAnother(String root) {
        return slices().matching(root + ".(*)..").namingSlices("'$1'")
                .as("modules (and the shell) depend on no other module, only on the kernel")
                .should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage(kernel(root)));
    }

    public static ArchRule kernelDependsOnNoModule(String root) {
        return noClasses().that().resideInAPackage(kernel(root))
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(resideOutsideOfPackage(kernel(root))))
                .as("the kernel depends on no module and not on the shell");
    }

    public static ArchRule shellNeverImportsAModule(String root) {
        return noClasses().that().resideInAPackage(shell(root))
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(resideOutsideOfPackages(kernel(root), shell(root))))
                .as("the shell never imports a module: it finds them through the module contract");
    }

    public static ArchRule viewsNeverUseARepository(String root) {
        return noClasses().that().resideInAPackage(root + "..ui..")
                .or().areAssignableTo(com.vaadin.flow.component.Component.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .as("views never use a repository: they ask a service, where security and transactions are");
    }

    /**
     * Repositories are reached through services, overviews and the start-up jobs (demo data, the
     * first administrator): Spring beans outside {@code ui}; never from an entity or a view.
     */
    public static ArchRule repositoriesAreUsedOnlyByServices(String root) {
        return classes().that().areAssignableTo(Repository.class).and().resideInAPackage(root + "..")
                .should().onlyHaveDependentClassesThat(assignableTo(Repository.class)
                        .or(annotatedWith(Service.class))
                        .or(annotatedWith(Component.class).and(resideOutsideOfPackage("..ui..")))
                        .or(annotatedWith(Configuration.class)))
                .as("repositories are used only by services (and start-up components), never by views or entities");
    }

    /** The domain is found by what it is (entity, repository, service), wherever it lives under {@code root}. */
    public static ArchRule domainNeverImportsUi(String root) {
        return noClasses().that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
                .or().areAssignableTo(Repository.class).or().areAnnotatedWith(Service.class)
                .should().dependOnClassesThat(resideInAPackage("..ui..").or(resideInAPackage("com.vaadin.flow.component..")))
                .as("entities, repositories and services never import a view or a Vaadin component");
    }

    /** Only a module's descriptor and its overview section name its views (as routes for the menu and links). */
    public static ArchRule onlyTheContractNamesViewsOutsideUi(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..ui..")
                .and().doNotImplement(SightlineModule.class)
                .and().doNotImplement(OverviewSection.class)
                .and().resideOutsideOfPackage(shell(root))
                .should().dependOnClassesThat().resideInAPackage(root + ".(*).ui..")
                .as("outside ui, only a module's descriptor and overview section refer to its views");
    }
}
