package org.courseport.domain.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The domain module checks itself, so a framework import fails here first. */
class DomainArchitectureTest {

    @Test
    void theDomainIsPureJava() {
        JavaClasses domain = new ClassFileImporter().withImportOption(HexagonRules.PRODUCTION_CODE)
                .importPackages(HexagonRules.ROOT + ".domain");
        HexagonRules.DOMAIN_IS_PURE_JAVA.check(domain);
    }
}
