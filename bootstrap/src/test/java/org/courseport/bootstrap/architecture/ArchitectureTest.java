package org.courseport.bootstrap.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.courseport.domain.architecture.HexagonRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule over every module. The classes are imported by package, not by location: under
 * {@code mvn verify} the sibling modules are jars, which a "do not include jars" option would skip.
 */
class ArchitectureTest {
    private static final JavaClasses COURSEPORT = new ClassFileImporter()
            .withImportOption(HexagonRules.PRODUCTION_CODE)
            .importPackages(HexagonRules.ROOT);

    static Stream<ArchRule> rules() {
        return HexagonRules.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void holds(ArchRule rule) {
        rule.check(COURSEPORT);
    }

    /** The rule has teeth: the embedding tests, which mount Courseport in a host's Jersey server, break it. */
    @Test
    void theEmbeddingRuleRefusesAServerType() {
        JavaClasses hostTest = new ClassFileImporter().importPackages(HexagonRules.ROOT + ".bootstrap.embedding");
        assertThrows(AssertionError.class, () -> HexagonRules.EMBEDDING_NEEDS_NO_SERVER.check(hostTest));
    }

    /** The rule has teeth: an end-to-end test builds a service by hand, outside the application. */
    @Test
    void theAssemblyRuleRefusesAServiceBuiltOutsideTheApplication() {
        JavaClasses endToEndTests = new ClassFileImporter().importPackages(HexagonRules.ROOT + ".bootstrap.e2e");
        assertThrows(AssertionError.class, () -> HexagonRules.ONE_ASSEMBLY.check(endToEndTests));
    }

    @Test
    void seesEveryModule() {
        for (String module : new String[] {"domain", "application", "adapters.rest", "adapters.persistence", "adapters.archive",
                "client", "bootstrap"}) {
            assertTrue(COURSEPORT.containPackage(HexagonRules.ROOT + "." + module),
                    "the import must include " + module + ", or the rules check nothing there");
        }
    }
}
