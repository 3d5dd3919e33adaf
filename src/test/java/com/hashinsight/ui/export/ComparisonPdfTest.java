package com.hashinsight.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hashinsight.i18n.Messages;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import com.hashinsight.strategy.TestWorkspace;
import com.hashinsight.ui.comparison.ComparisonResult;
import com.hashinsight.ui.comparison.EngineStrategyScorer;
import com.hashinsight.ui.task.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF export of a comparison scored by the engine over a real workspace that has a second client. */
class ComparisonPdfTest {

    private static final int TEST_PATHS = 200;

    @TempDir
    static Path dataDirectory;

    @TempDir
    Path out;

    private static EngineStrategyScorer scorer;

    @BeforeAll
    static void openScorer() throws Exception {
        TestWorkspace.create(dataDirectory);
        try (Workspace workspace = new Workspaces(dataDirectory).open(TestWorkspace.NAME)) {
            try (Connection connection = workspace.connection(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO client_profile (id, name, risk_level, budget_usd, payback_target_months, "
                        + "hold_style, preferred_region) VALUES ('zz-other', 'Zebra Other Fund', 'HIGH', 900000, 24, 'HOLD', NULL)");
            }
            scorer = EngineStrategyScorer.open(workspace, "acme", TEST_PATHS);
        }
    }

    @AfterEach
    void restoreEnglish() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void englishPdfHoldsOnlyThisClient() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        Path file = out.resolve("comparison.pdf");

        ComparisonPdf.write(score(), file);

        String text = text(file);
        assertTrue(text.contains("Strategy comparison"), text);
        assertTrue(text.contains("Acme Mining"), text);
        assertTrue(text.contains("Strategy B"), text);
        assertTrue(text.contains("Net profit P50"), text);
        assertTrue(text.contains("Scenario: BTC"), text);
        assertTrue(text.contains("Cumulative ROI"), text);
        assertFalse(text.contains("Zebra"), "another client's name is in the PDF");
        assertFalse(text.contains(dataDirectory.toString()), "a local path is in the PDF");
    }

    @Test
    void chinesePdfEmbedsCjkFont() throws Exception {
        assumeTrue(PdfFonts.find(true, null, PdfFonts.CJK_FONTS, List.of()).isPresent(),
                "no font with Chinese glyphs on this machine; install fonts-wqy-microhei");
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path file = out.resolve("comparison-zh.pdf");

        ComparisonPdf.write(score(), file);

        String text = text(file);
        assertTrue(text.contains("策略对比"), text);
        assertTrue(text.contains("净利润 P50"), text);
        assertTrue(text.contains("推荐"), text);
        for (PDFont font : fonts(file)) {
            assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
        }
    }

    @Test
    void chineseWithoutCjkFontFailsWithAdvice() throws IOException {
        try (PDDocument document = new PDDocument()) {
            ExportException error = assertThrows(ExportException.class,
                    () -> PdfFonts.load(document, true, Optional.empty()));

            assertEquals("ui.export.error.noCjkFont", error.text().key());
        }
    }

    @Test
    void englishWithoutFontsFallsBackToHelvetica() throws Exception {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = PdfFonts.load(document, false, Optional.empty())) {
            assertEquals("Helvetica", fonts.font().getName());
            assertEquals("10 ? 20", fonts.printable("10 ≥ 20"));
        }
    }

    @Test
    void missingFontFilesAreSkipped() {
        Optional<Path> found = PdfFonts.find(false, "/no/such/font.ttf", List.of(Path.of("/no/cjk.ttc")),
                List.of(Path.of("/no/latin.ttf")));

        assertTrue(found.isEmpty());
    }

    private static ComparisonResult score() {
        return scorer.score(scorer.baseline(), Progress.unobserved());
    }

    private static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<PDFont> fonts(Path file) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
        return fonts;
    }
}
