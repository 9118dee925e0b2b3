package no.baerekraftsjekk.report;

import java.util.List;
import java.util.Objects;

/**
 * One piece of a report, in reading order. Both writers render exactly these blocks, so the Word and
 * the PDF report can never say different things; only how a block looks differs per format.
 */
public sealed interface ReportBlock {

    /**
     * The report's title, one level above the chapters: Word gives it the first heading level, so a
     * report pasted into a saksframlegg keeps its chapters one step under it.
     */
    record Title(String text) implements ReportBlock {
        public Title {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A heading; level 1 starts a chapter, level 2 a section. Both formats make it navigable. */
    record Heading(int level, String text) implements ReportBlock {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("Heading level must be 1 or 2, was " + level);
            }
        }
    }

    /** Running text; may hold several paragraphs separated by newlines, and may be very long. */
    record Text(String text, TextStyle style) implements ReportBlock {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    /**
     * A label in bold that starts the first paragraph of a free text ("Begrunnelse: …"). Being in the
     * same paragraph, the label can never stand alone at the foot of a page.
     */
    record LabelledText(String label, String text) implements ReportBlock {
        public LabelledText {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Short facts as label–value pairs, shown as a table without a header row; {@code pairsPerRow}
     * 2 puts two pairs side by side, where room is scarce (the summary page).
     */
    record Fields(List<Field> fields, int pairsPerRow) implements ReportBlock {
        public Fields {
            fields = List.copyOf(fields);
            if (pairsPerRow < 1 || pairsPerRow > 2) {
                throw new IllegalArgumentException("One or two pairs per row, not " + pairsPerRow);
            }
        }

        public Fields(List<Field> fields) {
            this(fields, 1);
        }

        /** The pairs row by row, a row padded with an empty pair when the count is odd. */
        public List<List<Field>> rows() {
            List<List<Field>> rows = new java.util.ArrayList<>();
            for (int i = 0; i < fields.size(); i += pairsPerRow) {
                List<Field> row = new java.util.ArrayList<>(fields.subList(i, Math.min(fields.size(), i + pairsPerRow)));
                while (row.size() < pairsPerRow) {
                    row.add(new Field("", ""));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** A table whose header row repeats on every page the table runs over. */
    record Table(List<String> header, List<List<String>> rows, List<Integer> relativeWidths) implements ReportBlock {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            relativeWidths = List.copyOf(relativeWidths);
            if (relativeWidths.size() != header.size()) {
                throw new IllegalArgumentException("One width per column is needed");
            }
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("Every row needs " + header.size() + " cells");
                }
            }
        }
    }

    /**
     * The heading of one goal's assessment, drawn as the product's own goal tile: number and short
     * title on the goal's colour, in the text colour that reaches contrast 4.5:1 on it.
     */
    record GoalTile(int goal, String title, String colour, String textColour) implements ReportBlock {
        public String headingText() {
            return goal + " " + title;
        }
    }

    /**
     * The picture of all 17 goals, positive and negative side by side, never netted. {@code scale} is
     * the value at the end of each side's axis, a multiple of 3: 3 for one assessment's levels, a
     * count of cases for a portfolio.
     */
    record EffectChart(String title, String altText, String positiveLabel, String negativeLabel,
                       List<GoalEffect> goals, int scale) implements ReportBlock {
        public EffectChart {
            goals = List.copyOf(goals);
            if (scale < 3 || scale % 3 != 0) {
                throw new IllegalArgumentException("The scale must be a positive multiple of 3, was " + scale);
            }
        }

        /** One assessment's chart, on the 0–3 scale of the levels. */
        public EffectChart(String title, String altText, String positiveLabel, String negativeLabel, List<GoalEffect> goals) {
            this(title, altText, positiveLabel, negativeLabel, goals, 3);
        }
    }

    /**
     * The alternatives of a case compared goal by goal: per goal, each alternative's positive and
     * negative effect side by side on the 0–3 scale, never netted. {@code alternatives} are the
     * alternatives' names in the case's order; each goal holds one level per alternative and side.
     */
    record ComparisonChart(String title, String altText, String positiveLabel, String negativeLabel,
                           List<String> alternatives, List<ComparedGoal> goals) implements ReportBlock {
        public ComparisonChart {
            alternatives = List.copyOf(alternatives);
            goals = List.copyOf(goals);
            for (ComparedGoal goal : goals) {
                if (goal.positive().size() != alternatives.size() || goal.negative().size() != alternatives.size()) {
                    throw new IllegalArgumentException("One positive and one negative level per alternative");
                }
            }
        }
    }

    /** One goal's row in the comparison chart: its tile and, per alternative, both levels. */
    record ComparedGoal(int goal, String title, String colour, String textColour, List<Integer> positive,
                        List<Integer> negative) {
        public ComparedGoal {
            positive = List.copyOf(positive);
            negative = List.copyOf(negative);
        }
    }

    /** Starts a new page in the PDF; Word ignores it, as a page break would travel with pasted text. */
    record PageBreak() implements ReportBlock {
    }

    /** How running text is shown. */
    enum TextStyle {
        BODY,
        /** Small text over the title, saying what kind of document this is. */
        KICKER,
        /** A side remark in smaller, muted text. */
        NOTE,
        /** What a reader must not miss, in bold: the exemption with its basis, a draft's status. */
        NOTICE,
        /** The first line of an item in a list of items, in bold: a conflict's direction. */
        LEAD
    }

    /** One label–value pair. */
    record Field(String label, String value) {
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }
}
