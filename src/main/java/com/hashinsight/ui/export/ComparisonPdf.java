package com.hashinsight.ui.export;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.comparison.ComparisonResult;
import com.hashinsight.ui.comparison.ComparisonRows;
import com.hashinsight.ui.comparison.StrategyColumn;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a scored comparison as a PDF for a client meeting: an A4 landscape page with the subject, the scenario, the
 * strategies side by side with the recommended one marked and the reasons, then a page with the ROI chart. Text is in
 * the current language, in a font found by {@link PdfFonts} and embedded as a subset.
 *
 * <p>The document holds only what {@link ComparisonResult} holds: one client's strategies under one scenario. Its
 * metadata names the title and the app, no file path or user.
 */
public final class ComparisonPdf {

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 36;
    private static final float TITLE_SIZE = 16;
    private static final float BODY_SIZE = 9;
    private static final float CELL_SIZE = 8;
    private static final float LABEL_WIDTH = 170;
    private static final float PADDING = 3;
    private static final float[] HEADER_FILL = {0.90f, 0.92f, 0.94f};
    private static final float[] RECOMMENDED_FILL = {0.90f, 0.95f, 0.92f};
    private static final float[] RULE_GREY = {0.80f, 0.83f, 0.86f};

    private ComparisonPdf() {
    }

    /**
     * Writes {@code result} to {@code file} in the current language.
     *
     * @throws ExportException when no suitable font is found or the file cannot be written
     */
    public static void write(ComparisonResult result, Path file) throws ExportException {
        Locale locale = Messages.locale();
        try (PDDocument document = new PDDocument(); PdfFonts fonts = PdfFonts.load(document, locale)) {
            PdfText text = new PdfText(fonts);
            describe(document, result);
            writeTablePages(document, text, result);
            PDPage chartPage = new PDPage(PAGE);
            document.addPage(chartPage);
            try (PDPageContentStream content = new PDPageContentStream(document, chartPage)) {
                PdfRoiChart.draw(content, text, result, MARGIN, MARGIN, PAGE.getWidth() - 2 * MARGIN,
                        PAGE.getHeight() - 2 * MARGIN);
            }
            document.save(file.toFile());
        } catch (IOException e) {
            throw new ExportException(e, "ui.export.error.write", file, e.getMessage());
        }
    }

    private static void describe(PDDocument document, ComparisonResult result) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(Messages.get("ui.comparison.title"));
        info.setSubject(result.subject().format());
        info.setCreator(Messages.get("app.title"));
    }

    private static void writeTablePages(PDDocument document, PdfText text, ComparisonResult result) throws IOException {
        Cursor cursor = new Cursor(document);
        try {
            float width = PAGE.getWidth() - 2 * MARGIN;
            cursor.y = text.showLines(cursor.content, List.of(Messages.get("ui.comparison.title")), TITLE_SIZE, MARGIN,
                    cursor.y - TITLE_SIZE);
            cursor.y = text.showLines(cursor.content, text.wrap(result.subject().format(), BODY_SIZE, width), BODY_SIZE, MARGIN,
                    cursor.y - 4);
            cursor.y = text.showLines(cursor.content, text.wrap(ScenarioText.of(result.scenario()).format(), BODY_SIZE, width),
                    BODY_SIZE, MARGIN, cursor.y);
            cursor.y -= 8;

            List<StrategyColumn> columns = result.columns();
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String name = LocalizedText.of("ui.comparison.strategy", columns.get(c).label()).format();
                headers.add(c == result.recommended() ? name + " · " + Messages.get("ui.comparison.recommended") : name);
            }
            row(cursor, text, "", headers, result.recommended(), true);
            for (ComparisonRows.Row row : ComparisonRows.ALL) {
                List<String> values = columns.stream().map(row.value()).toList();
                row(cursor, text, Messages.get(row.labelKey()), values, result.recommended(), false);
            }

            cursor.y -= 10;
            String heading = LocalizedText.of("ui.comparison.reasons", result.recommendedColumn().label()).format();
            cursor.fit(PdfText.blockHeight(1, BODY_SIZE));
            cursor.y = text.showLines(cursor.content, List.of(heading), BODY_SIZE, MARGIN, cursor.y - BODY_SIZE);
            for (LocalizedText reason : result.reasons()) {
                List<String> lines = text.wrap("• " + reason.format(), BODY_SIZE, width);
                cursor.fit(PdfText.blockHeight(lines.size(), BODY_SIZE));
                cursor.y = text.showLines(cursor.content, lines, BODY_SIZE, MARGIN, cursor.y);
            }
        } finally {
            cursor.content.close();
        }
    }

    /** Writes one table row, starting a new page first when it does not fit. */
    private static void row(Cursor cursor, PdfText text, String label, List<String> values, int recommended, boolean header)
            throws IOException {
        float valueWidth = (PAGE.getWidth() - 2 * MARGIN - LABEL_WIDTH) / values.size();
        List<List<String>> cells = new ArrayList<>();
        cells.add(text.wrap(label, CELL_SIZE, LABEL_WIDTH - 2 * PADDING));
        int lines = cells.getFirst().size();
        for (String value : values) {
            List<String> wrapped = text.wrap(value, CELL_SIZE, valueWidth - 2 * PADDING);
            cells.add(wrapped);
            lines = Math.max(lines, wrapped.size());
        }
        float height = PdfText.blockHeight(lines, CELL_SIZE) + 2 * PADDING;
        cursor.fit(height);
        float top = cursor.y;
        float bottom = top - height;
        for (int c = 0; c < values.size(); c++) {
            float[] fill = null;
            if (c == recommended) {
                fill = RECOMMENDED_FILL;
            } else if (header) {
                fill = HEADER_FILL;
            }
            if (fill != null) {
                cursor.content.setNonStrokingColor(fill[0], fill[1], fill[2]);
                cursor.content.addRect(MARGIN + LABEL_WIDTH + c * valueWidth, bottom, valueWidth, height);
                cursor.content.fill();
            }
        }
        cursor.content.setNonStrokingColor(0f, 0f, 0f);
        for (int c = 0; c < cells.size(); c++) {
            float x = c == 0 ? MARGIN : MARGIN + LABEL_WIDTH + (c - 1) * valueWidth;
            text.showLines(cursor.content, cells.get(c), CELL_SIZE, x + PADDING, top - PADDING - CELL_SIZE);
        }
        cursor.content.setStrokingColor(RULE_GREY[0], RULE_GREY[1], RULE_GREY[2]);
        cursor.content.moveTo(MARGIN, bottom);
        cursor.content.lineTo(PAGE.getWidth() - MARGIN, bottom);
        cursor.content.stroke();
        cursor.y = bottom;
    }

    /** The page being written and the height left on it; starts a new page when a block does not fit. */
    private static final class Cursor {
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Cursor(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void fit(float height) throws IOException {
            if (y - height < MARGIN) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }
    }
}
