package no.baerekraftsjekk.report.portfolio;

/**
 * The end of a portfolio chart's axis: at least the highest count, a multiple of 3 so the three grid
 * lines fall on round numbers (1, 2 or 5 times a power of ten each).
 */
final class ChartScale {
    private ChartScale() {
    }

    static int of(int highest) {
        int step = 1;
        while (step * 3 < highest) {
            int next = switch (Integer.toString(step).charAt(0)) {
                case '1' -> step * 2;
                case '2' -> step / 2 * 5;
                default -> step * 2;
            };
            step = next;
        }
        return step * 3;
    }
}
