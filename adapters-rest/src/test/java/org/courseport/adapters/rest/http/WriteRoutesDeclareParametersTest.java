package org.courseport.adapters.rest.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/**
 * A write route without {@link Accepts} takes no parameter at all; saying so explicitly keeps a new
 * route from refusing its own parameters by mistake.
 */
@AnalyzeClasses(packages = "org.courseport.adapters.rest", importOptions = ImportOption.DoNotIncludeTests.class)
class WriteRoutesDeclareParametersTest {
    @ArchTest
    static final ArchRule WRITES_DECLARE_PARAMETERS = methods()
            .that().areAnnotatedWith(POST.class).or().areAnnotatedWith(PUT.class)
            .or().areAnnotatedWith(PATCH.class).or().areAnnotatedWith(DELETE.class)
            .should().beMetaAnnotatedWith(Accepts.class)
            .because("the parameter reader refuses every parameter a write route does not declare");
}
