package care.rondo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of the README's Architecture section, one test per sentence of it. Every rule must match
 * classes: a package renamed away fails its rule instead of passing it unchecked.
 */
class ArchitectureTest {

    private static JavaClasses rondo;

    @BeforeAll
    static void importClasses() {
        rondo = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("care.rondo");
    }

    @Test
    void domainImportsNothingInternal() {
        classes().that().resideInAPackage("care.rondo.domain..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("care.rondo..")
                        .or(resideInAPackage("care.rondo.domain..")))
                .check(rondo);
    }

    @Test
    void planningIsPlainJava() {
        classes().that().resideInAPackage("care.rondo.planning..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("care.rondo..")
                        .or(resideInAPackage("care.rondo.planning..")))
                .check(rondo);
        noClasses().that().resideInAPackage("care.rondo.planning..")
                .should().dependOnClassesThat(resideInAnyPackage("jakarta.persistence..", "com.fasterxml.jackson..",
                        "io.quarkus..", "org.hibernate.."))
                .check(rondo);
    }

    @Test
    void solverDependsOnlyOnPlanning() {
        classes().that().resideInAPackage("care.rondo.solver..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("care.rondo..")
                        .or(resideInAnyPackage("care.rondo.solver..", "care.rondo.planning..")))
                .check(rondo);
    }

    /** The roster rooms (problem, solving, analysis, review, lifecycle, history) lean on each other one way only. */
    @Test
    void rosterRoomsHaveNoCycles() {
        slices().matching("care.rondo.service.roster.(*)..").should().beFreeOfCycles().check(rondo);
    }

    @Test
    void exportImportsNothingInternal() {
        classes().that().resideInAPackage("care.rondo.export..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("care.rondo..")
                        .or(resideInAPackage("care.rondo.export..")))
                .check(rondo);
    }

    @Test
    void securityDependsOnlyOnDomain() {
        classes().that().resideInAPackage("care.rondo.security..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("care.rondo..")
                        .or(resideInAnyPackage("care.rondo.security..", "care.rondo.domain..")))
                .check(rondo);
    }

    @Test
    void routingDependsOnlyOnPlanning() {
        classes().that().resideInAPackage("care.rondo.routing..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("care.rondo..")
                        .or(resideInAnyPackage("care.rondo.routing..", "care.rondo.planning..")))
                .check(rondo);
        noClasses().that().resideOutsideOfPackage("care.rondo.routing..")
                .should().dependOnClassesThat().resideInAPackage("com.graphhopper..")
                .check(rondo);
    }

    @Test
    void nobodyImportsRest() {
        noClasses().that().resideOutsideOfPackage("care.rondo.rest..")
                .should().dependOnClassesThat().resideInAPackage("care.rondo.rest..")
                .check(rondo);
    }

    @Test
    void nobodyImportsDemo() {
        noClasses().that().resideOutsideOfPackage("care.rondo.demo..")
                .should().dependOnClassesThat().resideInAPackage("care.rondo.demo..")
                .check(rondo);
    }

    @Test
    void benchDependsOnlyOnTheSolverSideAndOnlyRondoImportsIt() {
        classes().that().resideInAPackage("care.rondo.bench..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("care.rondo..")
                        .or(resideInAnyPackage("care.rondo.bench..", "care.rondo.planning..", "care.rondo.solver..",
                                "care.rondo.export..", "care.rondo.routing..", "care.rondo.security..")))
                .check(rondo);
        noClasses().that().resideOutsideOfPackage("care.rondo.bench..").and().doNotBelongToAnyOf(Rondo.class)
                .should().dependOnClassesThat().resideInAPackage("care.rondo.bench..")
                .check(rondo);
    }

    @Test
    void serviceDoesNotImportRest() {
        noClasses().that().resideInAPackage("care.rondo.service..")
                .should().dependOnClassesThat().resideInAPackage("care.rondo.rest..")
                .check(rondo);
    }
}
