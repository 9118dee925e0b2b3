package no.baerekraftsjekk.ui.assessment;

import javafx.scene.Node;

/** The content of one step in the editor. Made once per open assessment and kept while it is open. */
public interface StepView {

    Node node();

    /** The step became visible: put the keyboard focus where the caseworker starts. */
    void shown();
}
