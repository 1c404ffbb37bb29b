package org.sightline.kernel.module;

import java.util.List;
import java.util.Optional;
import org.sightline.kernel.pdf.PdfExporter;

/**
 * The contract between the portal shell and a plug-in module.
 *
 * <p>A module is a jar with a Spring Boot auto-configuration that declares one bean of this
 * type. The shell collects every such bean through {@link ModuleRegistry} and never refers to
 * a module's classes, so leaving a module's jar out of the build leaves it out of the portal.
 *
 * <p>The database migrations read every module before JPA starts, so a module bean must take
 * its services as {@code ObjectProvider}s and resolve them only when a panel or demo data is
 * asked for; an eager dependency on a repository makes a start-up cycle.
 * See {@code modules/README.md} for a worked example.
 */
public interface SightlineModule {

    /** Short machine name, e.g. {@code workshops}. Unique. */
    String id();

    /** Name shown to administrators, e.g. "Learning workshops". */
    String name();

    /** Lower runs first: migration order and tie-breaking. The kernel itself is 0. */
    int order();

    /** The module's side-navigation links. */
    List<NavEntry> navigation();

    /** The module's home-page panels. */
    default List<HomePanel> homePanels() {
        return List.of();
    }

    /**
     * Classpath location of the module's Liquibase changelog, run after the kernel's and
     * before any module with a higher {@link #order()}.
     */
    Optional<String> changelog();

    /**
     * The module's reports as PDFs, for downloads and board packs. Every exporter is rendered
     * and checked against PDF/UA-1 by the portal's tests.
     */
    default List<PdfExporter> pdfExporters() {
        return List.of();
    }

    /**
     * Paths served without a signed-in user, as Spring path patterns (e.g.
     * {@code /feeds/workshops/**}) for endpoints that carry their own credential, such as a
     * calendar feed's secret token. The endpoint must check that credential itself.
     */
    default List<String> publicPaths() {
        return List.of();
    }

    /**
     * Machine-to-machine endpoints that other systems post to with their own credential (an API
     * key), e.g. {@code /api/complaints/intake}. The shell serves them without a session or a
     * CSRF token; the endpoint must authenticate each request itself.
     */
    default List<String> apiPaths() {
        return List.of();
    }

    /** Demo data for the embedded default database; runs after the kernel's own. */
    default Optional<DemoDataContributor> demoData() {
        return Optional.empty();
    }
}
