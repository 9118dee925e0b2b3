package no.baerekraftsjekk.ui.common;

/** Opens the glossary at a term, from wherever a term is shown. Behind an interface so view models are testable. */
@FunctionalInterface
public interface GlossaryOpener {

    /** Shows the glossary searching for {@code term}; empty shows every term. */
    void show(String term);
}
