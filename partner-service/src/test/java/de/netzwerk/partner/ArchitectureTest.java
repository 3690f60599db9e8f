package de.netzwerk.partner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/**
 * The direction of the dependencies, held in milliseconds: {@code rest → service → repository}, never back; the pure
 * cores (the rules and calculators) depend on nothing else in the service; the database is reached only where the
 * data is kept. The same file in every service (deploy/copies): the rules name packages relative to this class, and a
 * package a service does not have constrains nothing there.
 */
class ArchitectureTest {

    static final String ROOT = ArchitectureTest.class.getPackageName();

    /** Packages of pure rules: no framework, no database, nothing of the service outside themselves. */
    static final String[] PURE_CORES = { "scoring", "rules", "ranking", "deadline", "timing", "calendar" };

    /** Where requests and events come in: they call the services, never the other way round. */
    static final String[] INBOUND_ADAPTERS = { "rest", "inbox" };

    /** Where the database may be touched: the stores, and the delivery mechanism that keeps its own tables. */
    static final String[] DATA_PACKAGES = { "repository", "outbox", "inbox", "position" };

    /**
     * The mechanism every service keeps a copy of (deploy/copies). Its own inner arrows — filters answering with
     * rest's problem representation, the request language read from the token, the outbox telling the request its
     * position — are not held by the cycle rule yet: the rule holds the service's own packages, which depend on the
     * mechanism but never the other way round.
     */
    static final String[] MECHANISM = { "outbox", "position", "feed", "security", "language", "config", "paging" };

    /** What a resource method may answer besides a {@code *Response} record (a page of them included). */
    static final Set<String> FRAMEWORK_ANSWERS = Set.of("void", "jakarta.ws.rs.core.Response",
            "org.jboss.resteasy.reactive.RestResponse", ROOT + ".paging.Page");

    static final Set<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS = Set.of(GET.class, POST.class,
            PUT.class, PATCH.class, DELETE.class);

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void servicesRepositoriesAndCoresDoNotReachBackIntoTheAdapters() {
        noClasses().that().resideInAnyPackage(packages("service", "repository"))
                .or().resideInAnyPackage(packages(PURE_CORES))
                .should().dependOnClassesThat().resideInAnyPackage(packages(INBOUND_ADAPTERS))
                .because("requests and events are translated into commands and plain parameters at the edge")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void repositoriesDoNotReachBackIntoServices() {
        noClasses().that().resideInAPackage(ROOT + ".repository..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".service..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void pureCoresDependOnNothingElseInTheService() {
        for (String core : PURE_CORES) {
            String corePackage = ROOT + "." + core + "..";
            classes().that().resideInAPackage(corePackage)
                    .should().onlyDependOnClassesThat(resideIn(corePackage).or(outsideTheService()).or(words()))
                    .allowEmptyShould(true)
                    .check(CLASSES);
            noClasses().that().resideInAPackage(corePackage)
                    .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..",
                            "io.smallrye..", "org.apache.kafka..", "com.fasterxml..")
                    .because("a rule is checked in milliseconds, without a framework")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void theDatabaseIsReachedOnlyWhereDataIsKept() {
        noClasses().that().resideOutsideOfPackages(packages(DATA_PACKAGES))
                .and(notNamedAsAStore())
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(DataSource.class)
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void resourcesAnswerWithResponseRecords() {
        methods().that().areDeclaredInClassesThat().resideInAPackage(ROOT + ".rest")
                .and().arePublic()
                .and(answerHttpRequests())
                .should(answerWithAResponseRecord())
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
                .ignoreDependency(JavaClass.Predicates.resideInAnyPackage(packages(MECHANISM)), DescribedPredicate.alwaysTrue())
                .check(CLASSES);
    }

    static String[] packages(String... names) {
        return Arrays.stream(names).map(name -> ROOT + "." + name + "..").toArray(String[]::new);
    }

    static DescribedPredicate<JavaClass> resideIn(String packageIdentifier) {
        return JavaClass.Predicates.resideInAPackage(packageIdentifier);
    }

    /** What a rule says is a message key with its arguments, put into German or English at the edge. */
    static DescribedPredicate<JavaClass> words() {
        return JavaClass.Predicates.simpleName("Text").and(resideIn(ROOT + ".language"));
    }

    static DescribedPredicate<JavaClass> outsideTheService() {
        return JavaClass.Predicates.resideOutsideOfPackage(ROOT + "..");
    }

    /** A store kept beside the adapter it serves (the change feed's journal, the positions) is a repository too. */
    static DescribedPredicate<JavaClass> notNamedAsAStore() {
        return DescribedPredicate.describe("not named as a store",
                type -> !type.getSimpleName().endsWith("Store") && !type.getSimpleName().endsWith("Repository"));
    }

    static DescribedPredicate<JavaMethod> answerHttpRequests() {
        return DescribedPredicate.describe("answer HTTP requests", method -> HTTP_METHODS.stream()
                .anyMatch(method::isAnnotatedWith));
    }

    static ArchCondition<JavaMethod> answerWithAResponseRecord() {
        return new ArchCondition<>("answer with a *Response record (or a framework response)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaClass answer = method.getRawReturnType();
                boolean fine = FRAMEWORK_ANSWERS.contains(answer.getName()) || answer.getSimpleName().endsWith("Response");
                events.add(new SimpleConditionEvent(method, fine,
                        "%s answers %s".formatted(method.getFullName(), answer.getName())));
            }
        };
    }
}
