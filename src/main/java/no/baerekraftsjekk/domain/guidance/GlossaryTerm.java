package no.baerekraftsjekk.domain.guidance;

import java.util.Objects;

/** One entry of the glossary: a term a caseworker meets in the assessment, and what it means. */
public record GlossaryTerm(String term, String explanation) {

    public GlossaryTerm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(explanation, "explanation");
    }
}
