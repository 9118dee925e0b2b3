package no.baerekraftsjekk.ui.assessment;


/** The seven steps of an assessment, in the order the caseworker is led through them. */
public enum Step {
    CASE,
    SCREENING,
    ASSESSMENT,
    DIMENSIONS,
    CONFLICTS,
    SUMMARY,
    REPORT;

    /** The step's name as shown in the step list and heading, e.g. "Om saken". */
    /** The key of the step's title ("Om saken") in the texts. */
    public String titleKey() {
        return "assessment.step." + name();
    }

    /** The id {@code StepHelp.forStep} knows the step by. */
    public String helpId() {
        return name();
    }

    public int number() {
        return ordinal() + 1;
    }

    public boolean hasNext() {
        return ordinal() < values().length - 1;
    }

    public boolean hasPrevious() {
        return ordinal() > 0;
    }

    public Step next() {
        return hasNext() ? values()[ordinal() + 1] : this;
    }

    public Step previous() {
        return hasPrevious() ? values()[ordinal() - 1] : this;
    }

    /** The step named by a stored setting, or {@code fallback} when the setting is absent or unknown. */
    public static Step parse(String name, Step fallback) {
        for (Step step : values()) {
            if (step.name().equals(name)) {
                return step;
            }
        }
        return fallback;
    }
}
