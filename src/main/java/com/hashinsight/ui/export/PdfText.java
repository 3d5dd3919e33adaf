package com.hashinsight.ui.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measures, wraps and writes lines of text in one embedded font. */
final class PdfText {

    private final PdfFonts fonts;

    PdfText(PdfFonts fonts) {
        this.fonts = fonts;
    }

    PDFont font() {
        return fonts.font();
    }

    /** Returns the width of {@code text} at {@code size} points, in points. */
    float width(String text, float size) throws IOException {
        return fonts.font().getStringWidth(fonts.printable(text)) / 1000 * size;
    }

    /**
     * Breaks {@code text} into lines no wider than {@code maxWidth}: at spaces where it can, and between any two
     * characters of a word longer than a line, which is how Chinese text without spaces wraps. Explicit line breaks
     * are kept.
     */
    List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split("(?<= )")) {
                if (width(line + word, size) <= maxWidth) {
                    line.append(word);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                }
                for (int i = 0; i < word.length(); ) {
                    int codePoint = word.codePointAt(i);
                    String character = new String(Character.toChars(codePoint));
                    if (!line.isEmpty() && width(line + character, size) > maxWidth) {
                        lines.add(line.toString().stripTrailing());
                        line.setLength(0);
                    }
                    line.append(character);
                    i += Character.charCount(codePoint);
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Writes {@code text} with its baseline starting at ({@code x}, {@code y}). */
    void show(PDPageContentStream content, String text, float size, float x, float y) throws IOException {
        content.beginText();
        content.setFont(fonts.font(), size);
        content.newLineAtOffset(x, y);
        content.showText(fonts.printable(text));
        content.endText();
    }

    /** Writes wrapped {@code lines} downwards from baseline {@code y} and returns the baseline below the last one. */
    float showLines(PDPageContentStream content, List<String> lines, float size, float x, float y) throws IOException {
        float baseline = y;
        for (String line : lines) {
            show(content, line, size, x, baseline);
            baseline -= lineHeight(size);
        }
        return baseline;
    }

    static float lineHeight(float size) {
        return size * 1.35f;
    }

    /** Returns the height of {@code lines} lines at {@code size} points. */
    static float blockHeight(int lines, float size) {
        return lines * lineHeight(size);
    }
}
