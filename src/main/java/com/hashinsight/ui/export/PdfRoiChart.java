package com.hashinsight.ui.export;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.comparison.ComparisonResult;
import com.hashinsight.ui.comparison.ComparisonRows;
import com.hashinsight.ui.comparison.RoiCurve;
import com.hashinsight.ui.comparison.StrategyColumn;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Draws the cumulative ROI curves of a comparison as vector graphics: each strategy's median as a line and its P10 to
 * P90 range as a translucent band, in the colours of the comparison screen, with axes, grid and legend.
 */
final class PdfRoiChart {

    private static final float TITLE_SIZE = 12;
    private static final float LABEL_SIZE = 8;
    private static final float AXIS_GAP = 44;
    private static final float LEGEND_HEIGHT = 24;
    private static final float BAND_ALPHA = 0.15f;
    private static final int Y_TICKS = 6;

    private PdfRoiChart() {
    }

    /** Draws the chart of {@code result} into the box with lower-left corner ({@code x}, {@code y}). */
    static void draw(PDPageContentStream content, PdfText text, ComparisonResult result, float x, float y, float width,
            float height) throws IOException {
        text.show(content, Messages.get("ui.comparison.chart.title"), TITLE_SIZE, x, y + height - TITLE_SIZE);
        float plotLeft = x + AXIS_GAP;
        float plotBottom = y + AXIS_GAP + LEGEND_HEIGHT;
        float plotWidth = width - AXIS_GAP;
        // Three title heights above the plot leave room for the title and, below it, the y-axis label.
        float plotHeight = height - AXIS_GAP - LEGEND_HEIGHT - 3 * TITLE_SIZE;
        List<StrategyColumn> columns = result.columns();
        int months = columns.getFirst().roi().months();
        double[] range = yRange(columns);
        Scale scale = new Scale(plotLeft, plotBottom, plotWidth, plotHeight, months, range[0], range[1]);

        grid(content, text, scale, months);
        for (int i = 0; i < columns.size(); i++) {
            band(content, scale, columns.get(i).roi(), color(i));
        }
        for (int i = 0; i < columns.size(); i++) {
            median(content, scale, columns.get(i).roi(), color(i), i == result.recommended() ? 2.5f : 1.2f);
        }
        legend(content, text, columns, x + AXIS_GAP, y);
        text.show(content, Messages.get("ui.comparison.chart.month"), LABEL_SIZE, plotLeft + plotWidth / 2 - 40,
                y + LEGEND_HEIGHT + 4);
        text.show(content, Messages.get("ui.comparison.chart.roi"), LABEL_SIZE, x, plotBottom + plotHeight + 6);
    }

    /** Maps months and ROI percent to page coordinates. */
    private record Scale(float left, float bottom, float width, float height, int months, double minPct, double maxPct) {
        float x(double month) {
            return (float) (left + width * month / months);
        }

        float y(double pct) {
            return (float) (bottom + height * (pct - minPct) / (maxPct - minPct));
        }
    }

    private static double[] yRange(List<StrategyColumn> columns) {
        double min = 0;
        double max = 0;
        for (StrategyColumn column : columns) {
            for (List<Double> curve : List.of(column.roi().p10(), column.roi().p90())) {
                for (double value : curve) {
                    if (Double.isFinite(value)) {
                        min = Math.min(min, value);
                        max = Math.max(max, value);
                    }
                }
            }
        }
        double step = niceStep((max - min) / Y_TICKS);
        return new double[] {Math.floor(min / step) * step, Math.ceil(max / step) * step};
    }

    /** Returns 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static void grid(PDPageContentStream content, PdfText text, Scale scale, int months) throws IOException {
        double step = niceStep((scale.maxPct() - scale.minPct()) / Y_TICKS);
        content.setLineWidth(0.4f);
        for (double pct = scale.minPct(); pct <= scale.maxPct() + step / 2; pct += step) {
            content.setStrokingColor(pct == 0 ? 0.3f : 0.85f, pct == 0 ? 0.3f : 0.85f, pct == 0 ? 0.3f : 0.85f);
            content.moveTo(scale.left(), scale.y(pct));
            content.lineTo(scale.left() + scale.width(), scale.y(pct));
            content.stroke();
            String label = Messages.get("ui.export.chart.percent", pct);
            text.show(content, label, LABEL_SIZE, scale.left() - 6 - text.width(label, LABEL_SIZE), scale.y(pct) - 3);
        }
        for (int month = 0; month <= months; month += 6) {
            String label = String.valueOf(month);
            text.show(content, label, LABEL_SIZE, scale.x(month) - text.width(label, LABEL_SIZE) / 2, scale.bottom() - 12);
        }
        content.setStrokingColor(0.3f, 0.3f, 0.3f);
        content.addRect(scale.left(), scale.bottom(), scale.width(), scale.height());
        content.stroke();
    }

    private static void band(PDPageContentStream content, Scale scale, RoiCurve roi, float[] color) throws IOException {
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(BAND_ALPHA);
        content.saveGraphicsState();
        content.setGraphicsStateParameters(translucent);
        content.setNonStrokingColor(color[0], color[1], color[2]);
        boolean started = false;
        for (int month = 0; month < roi.p90().size(); month++) {
            if (!Double.isFinite(roi.p90().get(month))) {
                continue;
            }
            float px = scale.x(month);
            float py = scale.y(roi.p90().get(month));
            if (started) {
                content.lineTo(px, py);
            } else {
                content.moveTo(px, py);
                started = true;
            }
        }
        for (int month = roi.p10().size() - 1; month >= 0 && started; month--) {
            if (Double.isFinite(roi.p10().get(month))) {
                content.lineTo(scale.x(month), scale.y(roi.p10().get(month)));
            }
        }
        if (started) {
            content.closePath();
            content.fill();
        }
        content.restoreGraphicsState();
    }

    private static void median(PDPageContentStream content, Scale scale, RoiCurve roi, float[] color, float lineWidth)
            throws IOException {
        content.setStrokingColor(color[0], color[1], color[2]);
        content.setLineWidth(lineWidth);
        boolean started = false;
        for (int month = 0; month < roi.p50().size(); month++) {
            double value = roi.p50().get(month);
            if (!Double.isFinite(value)) {
                continue;
            }
            if (started) {
                content.lineTo(scale.x(month), scale.y(value));
            } else {
                content.moveTo(scale.x(month), scale.y(value));
                started = true;
            }
        }
        if (started) {
            content.stroke();
        }
    }

    private static void legend(PDPageContentStream content, PdfText text, List<StrategyColumn> columns, float x, float y)
            throws IOException {
        float at = x;
        for (int i = 0; i < columns.size(); i++) {
            float[] color = color(i);
            content.setNonStrokingColor(color[0], color[1], color[2]);
            content.addRect(at, y + 2, 14, 6);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
            String name = LocalizedText.of("ui.comparison.strategy", columns.get(i).label()).format();
            text.show(content, name, LABEL_SIZE, at + 18, y + 2);
            at += 30 + text.width(name, LABEL_SIZE);
        }
    }

    private static float[] color(int index) {
        String hex = ComparisonRows.COLORS.get(index % ComparisonRows.COLORS.size());
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new float[] {((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f};
    }
}
