package com.hashinsight.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.SplittableRandom;

/**
 * Outdoor temperature at a site: a yearly cosine, a daily cosine peaking at 15:00 local time, and a
 * day-to-day weather anomaly that follows an AR(1) process.
 *
 * @param meanC              yearly mean in °C
 * @param seasonalAmplitudeC half the summer–winter swing of daily means in °C
 * @param hottestDayOfYear   day of year (1..366) of the warmest daily mean
 * @param dailyAmplitudeC    half the day–night swing in °C
 * @param anomalySigmaC      standard deviation of the stationary daily anomaly in °C
 * @param anomalyPersistence AR(1) coefficient of the anomaly from one day to the next, in [0, 1)
 */
record SiteClimate(double meanC, double seasonalAmplitudeC, int hottestDayOfYear, double dailyAmplitudeC,
        double anomalySigmaC, double anomalyPersistence) {

    private static final double PEAK_LOCAL_HOUR = 15.0;
    private static final double DAYS_PER_YEAR = 365.25;

    SiteClimate {
        if (!(anomalyPersistence >= 0 && anomalyPersistence < 1)) {
            throw new IllegalArgumentException("anomalyPersistence must be in [0, 1), got " + anomalyPersistence);
        }
    }

    /** Returns a copy shifted by {@code offsetC} (used to jitter sites between worlds). */
    SiteClimate warmer(double offsetC) {
        return new SiteClimate(meanC + offsetC, seasonalAmplitudeC, hottestDayOfYear, dailyAmplitudeC, anomalySigmaC,
                anomalyPersistence);
    }

    /**
     * Fills {@code ambientC} with one value per step from {@code start} (00:00 UTC).
     *
     * @param weather the site's weather stream; one Gaussian per day is drawn, in day order
     */
    void fill(float[] ambientC, LocalDate start, int stepMinutes, ZoneId zone, SplittableRandom weather) {
        int stepsPerDay = 24 * 60 / stepMinutes;
        ZoneRules rules = zone.getRules();
        double innovationSigma = anomalySigmaC * Math.sqrt(1 - anomalyPersistence * anomalyPersistence);
        double anomaly = anomalySigmaC * RandomStreams.gaussian(weather);
        long startSecond = start.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (int step = 0; step < ambientC.length; step++) {
            int day = step / stepsPerDay;
            if (step % stepsPerDay == 0 && day > 0) {
                anomaly = anomalyPersistence * anomaly + innovationSigma * RandomStreams.gaussian(weather);
            }
            long epochSecond = startSecond + (long) step * stepMinutes * 60;
            int offsetSeconds = rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
            double localHour = Math.floorMod(epochSecond + offsetSeconds, 86_400L) / 3600.0;
            int dayOfYear = start.plusDays(day).getDayOfYear();
            double seasonal = seasonalAmplitudeC * Math.cos(2 * Math.PI * (dayOfYear - hottestDayOfYear) / DAYS_PER_YEAR);
            double daily = dailyAmplitudeC * Math.cos(2 * Math.PI * (localHour - PEAK_LOCAL_HOUR) / 24.0);
            ambientC[step] = (float) (meanC + seasonal + daily + anomaly);
        }
    }
}
