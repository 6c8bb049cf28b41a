package org.courseport.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The dependency and naming rules of ARCHITECTURE.md, written once. Each module's tests and the
 * whole-system test in bootstrap check them against the classes they import.
 */
public final class HexagonRules {
    public static final String ROOT = "org.courseport";

    /**
     * Production classes only. The predefined "no tests" option skips test-classes folders but not
     * the test-jars that carry shared fixtures, so both are excluded here.
     */
    public static final ImportOption PRODUCTION_CODE = location ->
            !location.contains("/test-classes/") && !location.matches(Pattern.compile(".*-tests\\.jar.*"));

    /** The domain needs nothing but the JDK (its cryptography included: webhooks are signed). */
    public static final ArchRule DOMAIN_IS_PURE_JAVA = classes()
            .that().resideInAPackage(ROOT + ".domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".domain..", "java..", "javax.crypto..")
            .because("the domain is pure Java: no framework, no annotations");

    /** The use cases see the domain and the JDK, nothing else. */
    public static final ArchRule APPLICATION_SEES_ONLY_THE_DOMAIN = classes()
            .that().resideInAPackage(ROOT + ".application..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(ROOT + ".application..", ROOT + ".domain..", "java..")
            .because("use cases are built by hand or by Guice modules in bootstrap, never annotated");

    /** Nothing inside the hexagon knows an adapter or the wiring. */
    public static final ArchRule CORE_KNOWS_NO_ADAPTER = noClasses()
            .that().resideInAnyPackage(ROOT + ".domain..", ROOT + ".application..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".adapters..", ROOT + ".bootstrap..");

    /** Only bootstrap knows bootstrap. */
    public static final ArchRule ONLY_BOOTSTRAP_KNOWS_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".bootstrap..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".bootstrap..");

    /** Adapters meet only through the ports. */
    public static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices()
            .matching(ROOT + ".adapters.(*)..")
            .should().notDependOnEachOther();

    /** No cycles between the features of any module. */
    public static final ArchRule NO_CYCLES = slices()
            .matching(ROOT + ".(*).(*)..")
            .should().beFreeOfCycles();

    /** Outgoing ports are named for the need; their implementations live in adapters, named for the technology. */
    public static final ArchRule STORES_ARE_ADAPTERS = classes()
            .that().haveSimpleNameStartingWith("Jdbi")
            .should().resideInAPackage(ROOT + ".adapters.persistence..");

    /** A resource is a REST adapter class. */
    public static final ArchRule RESOURCES_ARE_REST = classes()
            .that().haveSimpleNameEndingWith("Resource")
            .should().resideInAPackage(ROOT + ".adapters.rest..");

    /** Use-case implementations are services of the application. */
    public static final ArchRule SERVICES_ARE_APPLICATION = classes()
            .that().haveSimpleNameEndingWith("Service")
            .should().resideInAPackage(ROOT + ".application..");

    /**
     * The embedding entry points (the {@code Courseport} facade, the stores and archive formats a host
     * builds it from) need no server: a host gets them without Jersey, Grizzly, Guice or the wiring.
     */
    public static final ArchRule EMBEDDING_NEEDS_NO_SERVER = noClasses()
            .that().resideInAPackage(ROOT + "..embedding..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".adapters.rest..", ROOT + ".bootstrap..",
                    "jakarta.ws.rs..", "org.glassfish..", "com.google.inject..", "jakarta.inject..")
            .because("a host embeds Courseport as a library, without its server, Jersey, Grizzly or Guice");

    /**
     * One assembly: the application builds its own services (the {@code Courseport} facade, and the
     * parts it delegates to), for the standalone server (through Guice) and for a host alike, so no
     * second wiring in an adapter or in bootstrap can drift from it.
     */
    public static final ArchRule ONE_ASSEMBLY = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".application..")
            .should().callConstructorWhere(JavaConstructorCall.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.simpleNameEndingWith("Service")
                            .and(JavaClass.Predicates.resideInAPackage(ROOT + ".application..")))))
            .because("the Courseport facade is the one place the use cases are assembled");

    /** The client speaks HTTP to a server it does not contain: robots take it without the server's classes. */
    public static final ArchRule CLIENT_KNOWS_NO_SERVER = classes()
            .that().resideInAPackage(ROOT + ".client..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".client..", "java..", "org.apache.commons.compress..")
            .because("the client library is the JDK's HttpClient and a tar library, nothing of the server");

    public static final List<ArchRule> ALL = List.of(DOMAIN_IS_PURE_JAVA, APPLICATION_SEES_ONLY_THE_DOMAIN,
            CORE_KNOWS_NO_ADAPTER, ONLY_BOOTSTRAP_KNOWS_BOOTSTRAP, ADAPTERS_ARE_INDEPENDENT, NO_CYCLES,
            STORES_ARE_ADAPTERS, RESOURCES_ARE_REST, SERVICES_ARE_APPLICATION, EMBEDDING_NEEDS_NO_SERVER, ONE_ASSEMBLY,
            CLIENT_KNOWS_NO_SERVER);

    private HexagonRules() {
    }
}
