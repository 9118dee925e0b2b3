package no.baerekraftsjekk.ui.assessment;


/** How far a step has come, shown beside it in the step list with an icon and a word. */
public enum StepState {
    NOT_STARTED("○"),
    IN_PROGRESS("◐"),
    DONE("✓"),
    NEEDS_ATTENTION("!");

    private final String icon;

    StepState(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }

    /** The state in words, for the label beside the icon and for screen readers. */
    /** The key of the state's label ("Påbegynt") in the texts. */
    public String labelKey() {
        return "assessment.stepState." + name();
    }

    public String styleClass() {
        return "step-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
