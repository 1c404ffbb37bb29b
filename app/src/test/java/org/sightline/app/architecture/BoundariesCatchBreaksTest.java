package org.sightline.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link Boundaries}, run over the deliberately broken classes in {@code fixture.sightline},
 * names the class that breaks it: a rule that could never fail would pass {@link ArchitectureTest} too.
 */
class BoundariesCatchBreaksTest {

    static final String ROOT = "fixture.sightline";
    static final JavaClasses BROKEN = new ClassFileImporter().importPackages(ROOT);

    static Stream<Arguments> breaks() {
        return Stream.of(
                Arguments.of("a module imports another", (Function<String, ArchRule>) Boundaries::noModuleDependsOnAnother,
                        "fixture.sightline.alpha.AlphaService"),
                Arguments.of("the kernel imports a module", (Function<String, ArchRule>) Boundaries::kernelDependsOnNoModule,
                        "fixture.sightline.kernel.LeakyKernel"),
                Arguments.of("the shell imports a module", (Function<String, ArchRule>) Boundaries::shellNeverImportsAModule,
                        "fixture.sightline.app.Shell"),
                Arguments.of("a view uses a repository", (Function<String, ArchRule>) Boundaries::viewsNeverUseARepository,
                        "fixture.sightline.alpha.ui.AlphaView"),
                Arguments.of("a repository is used outside a service",
                        (Function<String, ArchRule>) Boundaries::repositoriesAreUsedOnlyByServices, "fixture.sightline.alpha.ui.AlphaView"),
                Arguments.of("an entity imports a view", (Function<String, ArchRule>) Boundaries::domainNeverImportsUi,
                        "fixture.sightline.beta.BetaRecord"),
                Arguments.of("a plain class names a view", (Function<String, ArchRule>) Boundaries::onlyTheContractNamesViewsOutsideUi,
                        "fixture.sightline.beta.BetaRecord"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaks")
    void theRuleNamesTheClassThatBreaksIt(String what, Function<String, ArchRule> rule, String culprit) {
        EvaluationResult result = rule.apply(ROOT).evaluate(BROKEN);
        assertThat(result.hasViolation()).as(what).isTrue();
        assertThat(result.getFailureReport().getDetails()).as(what).anyMatch(line -> line.contains(culprit));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaks")
    void theAllowedDependenciesAreNotReported(String what, Function<String, ArchRule> rule, String culprit) {
        assertThat(rule.apply(ROOT).evaluate(BROKEN).getFailureReport().getDetails())
                .as("using the kernel's repository from a service is allowed")
                .noneMatch(line -> line.contains("AlphaService") && line.contains("NoteStore"));
    }
}
