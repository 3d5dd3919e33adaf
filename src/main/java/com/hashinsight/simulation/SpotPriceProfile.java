package com.hashinsight.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.SplittableRandom;

/**
 * Synthetic hourly spot prices of one settlement point: a base level, an evening peak, a summer
 * premium, AR(1) noise, price spikes and negative hours (midday solar and night wind surplus).
 *
 * @param baseUsdPerMwh          typical off-peak price in USD/MWh
 * @param eveningPeakUsdPerMwh   extra price at 19:00 local time, fading over ±4 hours
 * @param summerPremiumUsdPerMwh extra price in midsummer, scaled by a yearly cosine
 * @param noiseSigmaUsdPerMwh    standard deviation of the stationary AR(1) noise
 * @param spikesPerYear          expected number of spike hours per year
 * @param spikeMedianUsdPerMwh   median spike price; spikes are log-normal and capped at 5,000 USD/MWh
 * @param negativeShare          share of hours with a negative price
 * @param southernHemisphere     true when summer falls in January
 */
record SpotPriceProfile(double baseUsdPerMwh, double eveningPeakUsdPerMwh, double summerPremiumUsdPerMwh,
        double noiseSigmaUsdPerMwh, double spikesPerYear, double spikeMedianUsdPerMwh, double negativeShare,
        boolean southernHemisphere) {

    private static final double NOISE_PERSISTENCE = 0.85;
    private static final double SPIKE_CAP_USD_PER_MWH = 5_000;
    private static final double HOURS_PER_YEAR = 8_766;

    /** Returns a copy with every price level scaled by {@code factor}. */
    SpotPriceProfile scaled(double factor) {
        return new SpotPriceProfile(baseUsdPerMwh * factor, eveningPeakUsdPerMwh * factor, summerPremiumUsdPerMwh * factor,
                noiseSigmaUsdPerMwh * factor, spikesPerYear, spikeMedianUsdPerMwh, negativeShare, southernHemisphere);
    }

    /**
     * Returns {@code hours} hourly prices in USD/MWh from 00:00 UTC of {@code start}.
     *
     * @param random the settlement point's price stream; four uniforms or Gaussians per hour, in hour order
     */
    double[] generate(LocalDate start, int hours, ZoneId zone, SplittableRandom random) {
        double[] prices = new double[hours];
        ZoneRules rules = zone.getRules();
        long startSecond = start.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        double noiseInnovation = noiseSigmaUsdPerMwh * Math.sqrt(1 - NOISE_PERSISTENCE * NOISE_PERSISTENCE);
        double noise = 0;
        double spikeProbability = spikesPerYear / HOURS_PER_YEAR;
        int summerDay = southernHemisphere ? 15 : 197;
        for (int hour = 0; hour < hours; hour++) {
            long epochSecond = startSecond + hour * 3600L;
            Instant instant = Instant.ofEpochSecond(epochSecond);
            int localHour = (int) Math.floorMod((epochSecond + rules.getOffset(instant).getTotalSeconds()) / 3600, 24L);
            int dayOfYear = start.plusDays(hour / 24).getDayOfYear();
            double summer = Math.max(0, Math.cos(2 * Math.PI * (dayOfYear - summerDay) / 365.25));
            double evening = Math.max(0, 1 - Math.abs(localHour - 19) / 4.0);

            noise = NOISE_PERSISTENCE * noise + noiseInnovation * RandomStreams.gaussian(random);
            double price = baseUsdPerMwh + eveningPeakUsdPerMwh * evening + summerPremiumUsdPerMwh * summer * summer + noise;

            double spikeDraw = random.nextDouble();
            double spikeSize = random.nextDouble();
            double negativeDraw = random.nextDouble();
            boolean surplusHour = (localHour >= 10 && localHour <= 15) || localHour <= 4;
            if (spikeDraw < spikeProbability * (0.4 + 1.6 * summer) * (0.3 + 1.4 * evening)) {
                price = Math.min(SPIKE_CAP_USD_PER_MWH, spikeMedianUsdPerMwh * Math.exp(1.1 * inverseNormal(spikeSize)));
            } else if (surplusHour && negativeDraw < negativeShare * 24.0 / 11.0) {
                price = -1 - 35 * spikeSize * spikeSize;
            }
            prices[hour] = Math.round(price * 100) / 100.0;
        }
        return prices;
    }

    /** Rational approximation of the standard normal quantile (Abramowitz and Stegun 26.2.23, |error| &lt; 4.5e-4). */
    static double inverseNormal(double p) {
        double q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
        boolean lower = q < 0.5;
        double t = Math.sqrt(-2 * Math.log(lower ? q : 1 - q));
        double z = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
        return lower ? -z : z;
    }
}
