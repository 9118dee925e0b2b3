package no.baerekraftsjekk.ui.common;

/**
 * How large the window's text is: every size in the program's stylesheets is in em, so scaling
 * the root font scales every screen. Remembered in the user settings; 100 % until chosen.
 */
public enum TextSize {
    NORMAL(100), LARGER(125), LARGE(150), LARGEST(200);

    static final String KEY = "window.textSize";
    /** The theme's own root size in pixels at 100 %, as app.css sets it. */
    static final double BASE_PIXELS = 14;

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** The root font size in pixels. */
    public double pixels() {
        return BASE_PIXELS * percent / 100.0;
    }

    /** The remembered size; an unknown or hand-edited value means 100 %, never a failed start. */
    public static TextSize of(UserSettings settings) {
        String value = settings.get(KEY, "100").strip().replace("%", "").strip();
        for (TextSize size : values()) {
            if (Integer.toString(size.percent).equals(value)) {
                return size;
            }
        }
        return NORMAL;
    }

    public void remember(UserSettings settings) {
        settings.put(KEY, Integer.toString(percent));
    }
}
