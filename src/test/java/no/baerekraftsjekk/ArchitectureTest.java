package no.baerekraftsjekk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ResourceBundle;

/** The layering of DESIGN.md, checked on every build so it cannot erode one import at a time. */
@AnalyzeClasses(packages = "no.baerekraftsjekk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainStorageReportUseCasesAndCliNeverUseJavaFx = noClasses()
            .that().resideInAnyPackage("no.baerekraftsjekk.domain..", "no.baerekraftsjekk.storage..",
                    "no.baerekraftsjekk.report..", "no.baerekraftsjekk.cli..", "no.baerekraftsjekk.usecase..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("reports, use cases and the command line must work without a window");

    @ArchTest
    static final ArchRule onlyStorageSpeaksSql = noClasses()
            .that().resideOutsideOfPackage("no.baerekraftsjekk.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("storage is the only place that speaks SQL, so a second database is one more storage class");

    @ArchTest
    static final ArchRule reportsDoNotUseStorage = noClasses()
            .that().resideInAPackage("no.baerekraftsjekk.report..")
            .should().dependOnClassesThat().resideInAPackage("no.baerekraftsjekk.storage..")
            .because("a report is made from an assessment, wherever it came from");

    @ArchTest
    static final ArchRule useCasesKnowNoScreenOrCommandLine = noClasses()
            .that().resideInAPackage("no.baerekraftsjekk.usecase..")
            .should().dependOnClassesThat().resideInAnyPackage("no.baerekraftsjekk.ui..", "no.baerekraftsjekk.cli..",
                    "no.baerekraftsjekk.app..")
            .because("the window and the command line both call the use cases, not the other way round");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("no.baerekraftsjekk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "no.baerekraftsjekk.storage..", "no.baerekraftsjekk.report..", "no.baerekraftsjekk.ui..",
                    "no.baerekraftsjekk.cli..", "no.baerekraftsjekk.app..", "no.baerekraftsjekk.usecase..")
            .because("the rules live in one place that every other part asks");

    @ArchTest
    static final ArchRule uiDoesNotUseTheCommandLine = noClasses()
            .that().resideInAPackage("no.baerekraftsjekk.ui..")
            .should().dependOnClassesThat().resideInAPackage("no.baerekraftsjekk.cli..");

    @ArchTest
    static final ArchRule storageKnowsNoScreenOrReport = noClasses()
            .that().resideInAPackage("no.baerekraftsjekk.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("no.baerekraftsjekk.ui..", "no.baerekraftsjekk.report..",
                    "no.baerekraftsjekk.usecase..");

    @ArchTest
    static final ArchRule useCasesServeTheWindowAndTheCommandLineAlike = noClasses()
            .that().resideInAPackage("no.baerekraftsjekk.usecase..")
            .should().dependOnClassesThat().resideInAnyPackage("no.baerekraftsjekk.ui..", "no.baerekraftsjekk.cli..",
                    "no.baerekraftsjekk.app..")
            .because("a use case is called by the window and the command line, so it knows neither");

    @ArchTest
    static final ArchRule onlyTheAppWiresThingsTogether = noClasses()
            .that().resideInAnyPackage("no.baerekraftsjekk.domain..", "no.baerekraftsjekk.storage..",
                    "no.baerekraftsjekk.report..", "no.baerekraftsjekk.ui..", "no.baerekraftsjekk.cli..",
                    "no.baerekraftsjekk.usecase..")
            .should().dependOnClassesThat().resideInAPackage("no.baerekraftsjekk.app..")
            .because("start-up and wiring happen once, in app; nothing reaches back into it");

    @ArchTest
    static final ArchRule viewModelsUseNeitherScenesNorAwt = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "java.awt..")
            .because("a view model holds state and is tested without a window");

    @ArchTest
    static final ArchRule noTextIsLookedUpStatically = noClasses()
            .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.<JavaClass>owner(
                    JavaClass.Predicates.assignableTo(ResourceBundle.class))).and(JavaCall.Predicates.target(
                    HasName.Predicates.name("getBundle"))))
            .because("every text comes from a Texts made for a language and handed down, so the window and a report"
                    + " can speak different languages");
}
