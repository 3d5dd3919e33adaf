package com.hashinsight.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a TrueType font on this computer for the PDF export and embeds it. The app ships no font: it uses the
 * system property {@value #FONT_PROPERTY} when set, else the first file of {@link #CJK_FONTS} (for Chinese) or
 * {@link #LATIN_FONTS} followed by the CJK fonts (for English) that exists.
 *
 * <p>NOTE: the CJK candidates are TrueType-outline fonts. Noto Sans CJK ships as OpenType with CFF outlines, which
 * PDFBox 3.0 cannot embed as a Type 0 font, so it is not a candidate.
 */
final class PdfFonts implements AutoCloseable {

    /** System property naming a .ttf or .ttc font file for the PDF export. */
    static final String FONT_PROPERTY = "hashinsight.pdf.font";

    /** Fonts with Chinese glyphs, in order of preference: Linux (WenQuanYi, Droid), Windows, then macOS paths. */
    static final List<Path> CJK_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("C:\\Windows\\Fonts\\msyh.ttc"),
            Path.of("C:\\Windows\\Fonts\\simsun.ttc"),
            Path.of("/Library/Fonts/Arial Unicode.ttf"));

    /** Fonts with Latin glyphs and the symbols the export prints (×, ≥, …). */
    static final List<Path> LATIN_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("C:\\Windows\\Fonts\\arial.ttf"),
            Path.of("/System/Library/Fonts/Supplemental/Arial.ttf"));

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

    private final PDFont font;
    private final TrueTypeCollection collection;

    private PdfFonts(PDFont font, TrueTypeCollection collection) {
        this.font = font;
        this.collection = collection;
    }

    /**
     * Loads the font for {@code locale} into {@code document}.
     *
     * @throws ExportException when Chinese is requested and no font with Chinese glyphs is found, or a font file
     *         cannot be read
     */
    static PdfFonts load(PDDocument document, Locale locale) throws ExportException {
        boolean chinese = "zh".equals(locale.getLanguage());
        return load(document, chinese, find(chinese, System.getProperty(FONT_PROPERTY), CJK_FONTS, LATIN_FONTS));
    }

    /** Loads {@code file}, or falls back as {@link #load(PDDocument, Locale)} describes when it is empty. */
    static PdfFonts load(PDDocument document, boolean chinese, Optional<Path> file) throws ExportException {
        if (file.isEmpty()) {
            if (chinese) {
                throw new ExportException("ui.export.error.noCjkFont", String.join(", ", CJK_FONTS.stream().map(Path::toString).toList()));
            }
            // NOTE: the standard Helvetica covers Latin-1 only, so other characters print as "?".
            log.warn("No TrueType font found for the PDF export; using Helvetica");
            return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA), null);
        }
        try {
            return open(document, file.get());
        } catch (IOException e) {
            throw new ExportException(e, "ui.export.error.font", file.get(), e.getMessage());
        }
    }

    /** Returns the first existing font file: {@code explicitFont}, then the Latin fonts unless Chinese, then the CJK fonts. */
    static Optional<Path> find(boolean chinese, String explicitFont, List<Path> cjkFonts, List<Path> latinFonts) {
        List<Path> candidates = new ArrayList<>();
        if (explicitFont != null && !explicitFont.isBlank()) {
            candidates.add(Path.of(explicitFont));
        }
        if (!chinese) {
            candidates.addAll(latinFonts);
        }
        candidates.addAll(cjkFonts);
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    private static PdfFonts open(PDDocument document, Path file) throws IOException {
        log.info("PDF export embeds font {}", file);
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return new PdfFonts(PDType0Font.load(document, file.toFile()), null);
        }
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(candidate -> {
            if (first[0] == null) {
                first[0] = candidate;
            }
        });
        if (first[0] == null) {
            collection.close();
            throw new IOException("the font collection " + file + " contains no font");
        }
        return new PdfFonts(PDType0Font.load(document, first[0], true), collection);
    }

    PDFont font() {
        return font;
    }

    /** Returns {@code text} with every character the font cannot show replaced by "?". */
    String printable(String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                result.append(character);
            } catch (IOException | IllegalArgumentException unsupported) {
                result.append('?');
            }
        });
        return result.toString();
    }

    /** Closes the font collection; call after the document is saved, because subsetting reads it on save. */
    @Override
    public void close() throws IOException {
        if (collection != null) {
            collection.close();
        }
    }
}
