package no.baerekraftsjekk.ui.assessment.caseinfo;

import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;

/**
 * Step 1, Om saken: the case fields as properties the view binds to, and their validation as the
 * caseworker types. Every change goes straight into the assessment (and so into autosave).
 */
public final class CaseInfoViewModel {
    private final AssessmentEditorViewModel editor;
    private final Texts texts;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty caseNumber = new SimpleStringProperty("");
    private final ObjectProperty<CaseType> caseType = new SimpleObjectProperty<>(CaseType.OTHER);
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty caseworker = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final BooleanProperty exempt = new SimpleBooleanProperty(false);
    private final StringProperty exemptionBasis = new SimpleStringProperty("");
    private final StringProperty committee = new SimpleStringProperty("");
    private final javafx.beans.binding.StringExpression titleError;
    private final javafx.beans.binding.StringExpression exemptionError;
    /**
     * Whether the caseworker has had a go at the title: a new assessment opens with an empty title,
     * and saying «Tittel må fylles ut» before the first key would scold them for nothing.
     */
    private final BooleanProperty titleTouched = new SimpleBooleanProperty(false);
    private boolean pulling;

    public CaseInfoViewModel(AssessmentEditorViewModel editor, Texts texts) {
        this.editor = editor;
        this.texts = texts;
        pull(editor.assessment().caseInfo());
        editor.assessmentProperty().addListener((obs, old, now) -> pull(now.caseInfo()));
        for (var property : java.util.List.of(title, caseNumber, caseType, organisation, unit, caseworker, date,
                description, exempt, exemptionBasis, committee)) {
            property.addListener((obs, old, now) -> push());
        }
        titleTouched.set(!title.get().isBlank());
        title.addListener((obs, old, now) -> titleTouched.set(true));
        titleError = Bindings.createStringBinding(() -> titleTouched.get() ? titleProblem(title.get()) : "", title, titleTouched);
        exemptionError = Bindings.createStringBinding(
                () -> exempt.get() && exemptionBasis.get().isBlank() ? texts.get("assessment.case.basisMissing") : "",
                exempt, exemptionBasis);
    }

    String titleProblem(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return texts.get("assessment.case.titleMissing");
        }
        return CaseInfo.titleTooLong(trimmed) ? texts.get("assessment.case.titleTooLong", CaseInfo.MAX_TITLE_LENGTH) : "";
    }

    private void pull(CaseInfo info) {
        pulling = true;
        try {
            setIfDifferent(title, info.title());
            setIfDifferent(caseNumber, info.caseNumber());
            caseType.set(info.caseType());
            setIfDifferent(organisation, info.organisation());
            setIfDifferent(unit, info.unit());
            setIfDifferent(caseworker, info.caseworker());
            date.set(info.date());
            setIfDifferent(description, info.description());
            setIfDifferent(committee, info.committee());
            exempt.set(info.isExempt());
            // When the exemption is switched off the typed basis stays here, ready if it is switched on again.
            if (info.isExempt()) {
                setIfDifferent(exemptionBasis, info.exemptionBasis());
            }
        } finally {
            pulling = false;
        }
    }

    private static void setIfDifferent(StringProperty property, String value) {
        if (!Objects.equals(property.get(), value)) {
            property.set(value);
        }
    }

    private void push() {
        if (pulling) {
            return;
        }
        // The meeting date has no field on this screen yet: it is kept as the assessment has it.
        editor.edit(a -> a.withCaseInfo(new CaseInfo(title.get(), caseNumber.get(), caseType.get(), organisation.get(),
                unit.get(), caseworker.get(), date.get(), description.get(), exempt.get() ? exemptionBasis.get() : null,
                committee.get(), a.caseInfo().meetingDate())));
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty caseNumberProperty() { return caseNumber; }
    public ObjectProperty<CaseType> caseTypeProperty() { return caseType; }
    public StringProperty organisationProperty() { return organisation; }
    public StringProperty unitProperty() { return unit; }
    public StringProperty caseworkerProperty() { return caseworker; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty descriptionProperty() { return description; }
    public BooleanProperty exemptProperty() { return exempt; }
    public StringProperty exemptionBasisProperty() { return exemptionBasis; }
    /** The committee (utvalg) that decides the case. */
    public StringProperty committeeProperty() { return committee; }

    /** The caseworker left the title field: from now on an empty title is pointed out. */
    public void titleLeft() {
        titleTouched.set(true);
    }

    /** "Tittel må fylles ut" while the title is blank (once touched), empty when it is fine. */
    public javafx.beans.binding.StringExpression titleErrorProperty() { return titleError; }

    public javafx.beans.binding.StringExpression exemptionErrorProperty() { return exemptionError; }
}
