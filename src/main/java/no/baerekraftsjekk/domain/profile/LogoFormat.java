package no.baerekraftsjekk.domain.profile;

/** The picture formats a council's logo may have; the reports draw both (SVG is rendered first). */
public enum LogoFormat {
    PNG,
    SVG
}
