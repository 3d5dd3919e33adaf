package com.hashinsight.ui.comparison;

import com.hashinsight.ui.Localized;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Polygon;

/**
 * Cumulative ROI curves over the months after purchase: each strategy's median as a line and its P10 to P90
 * range as a shaded band behind it.
 */
final class RoiChart extends LineChart<Number, Number> {

    private final List<Polygon> bands = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>[]> bandSeries = new ArrayList<>();

    RoiChart() {
        super(new NumberAxis(), new NumberAxis());
        setCreateSymbols(false);
        setAnimated(false);
        setLegendVisible(true);
        getXAxis().labelProperty().bind(Localized.text("ui.comparison.chart.month"));
        getYAxis().labelProperty().bind(Localized.text("ui.comparison.chart.roi"));
        titleProperty().bind(Localized.text("ui.comparison.chart.title"));
        setId("roi-chart");
        setMinHeight(260);
    }

    /** Replaces the curves with those of {@code columns}; {@code recommended} is drawn with a thicker line. */
    @SuppressWarnings("unchecked")
    void show(List<StrategyColumn> columns, int recommended) {
        getPlotChildren().removeAll(bands);
        bands.clear();
        bandSeries.clear();
        List<XYChart.Series<Number, Number>> medians = new ArrayList<>();
        for (StrategyColumn column : columns) {
            medians.add(series(column.label(), column.roi().p50()));
        }
        setData(FXCollections.observableArrayList(medians));
        for (int i = 0; i < columns.size(); i++) {
            StrategyColumn column = columns.get(i);
            String color = ComparisonRows.COLORS.get(i % ComparisonRows.COLORS.size());
            double width = i == recommended ? 3.5 : 1.8;
            medians.get(i).getNode().setStyle("-fx-stroke: " + color + "; -fx-stroke-width: " + width + ";");
            Polygon band = new Polygon();
            band.setStyle("-fx-fill: " + color + "; -fx-opacity: 0.15;");
            band.setMouseTransparent(true);
            bands.add(band);
            bandSeries.add(new XYChart.Series[] {
                series("", column.roi().p10()), series("", column.roi().p90())});
        }
        getPlotChildren().addAll(0, bands);
        styleLegend(columns.size());
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        for (int i = 0; i < bands.size(); i++) {
            bands.get(i).getPoints().setAll(outline(bandSeries.get(i)[0], bandSeries.get(i)[1]));
        }
    }

    /** Returns the band's outline: along the P90 curve forwards, then back along the P10 curve. */
    private List<Double> outline(XYChart.Series<Number, Number> lower, XYChart.Series<Number, Number> upper) {
        List<Double> points = new ArrayList<>();
        for (XYChart.Data<Number, Number> point : upper.getData()) {
            points.add(getXAxis().getDisplayPosition(point.getXValue()));
            points.add(getYAxis().getDisplayPosition(point.getYValue()));
        }
        List<XYChart.Data<Number, Number>> lowerPoints = lower.getData();
        for (int i = lowerPoints.size() - 1; i >= 0; i--) {
            points.add(getXAxis().getDisplayPosition(lowerPoints.get(i).getXValue()));
            points.add(getYAxis().getDisplayPosition(lowerPoints.get(i).getYValue()));
        }
        return points;
    }

    /** Includes the band edges in the axis range, so a band is never cut off at the top or bottom. */
    @Override
    protected void updateAxisRange() {
        super.updateAxisRange();
        if (bandSeries.isEmpty() || !(getYAxis() instanceof NumberAxis yAxis) || !yAxis.isAutoRanging()) {
            return;
        }
        List<Number> values = new ArrayList<>();
        for (XYChart.Series<Number, Number>[] pair : bandSeries) {
            pair[0].getData().forEach(point -> values.add(point.getYValue()));
            pair[1].getData().forEach(point -> values.add(point.getYValue()));
        }
        getData().forEach(series -> series.getData().forEach(point -> values.add(point.getYValue())));
        yAxis.invalidateRange(values);
    }

    private void styleLegend(int count) {
        lookupAll(".chart-legend-item-symbol").forEach(symbol -> {
            for (int i = 0; i < count; i++) {
                if (symbol.getStyleClass().contains("default-color" + i)) {
                    symbol.setStyle("-fx-background-color: " + ComparisonRows.COLORS.get(i % ComparisonRows.COLORS.size()) + ";");
                }
            }
        });
    }

    private static XYChart.Series<Number, Number> series(String name, List<Double> byMonth) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (int month = 0; month < byMonth.size(); month++) {
            double value = byMonth.get(month);
            if (Double.isFinite(value)) {
                series.getData().add(new XYChart.Data<>(month, value));
            }
        }
        return series;
    }
}
