package com.hashinsight.simulation;

import com.hashinsight.fleet.Contract;
import com.hashinsight.fleet.ContractType;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.Site;
import com.hashinsight.fleet.TouWindow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Site templates in different climates and on different contracts. Each world jitters the climate
 * and price levels a little, so worlds of different seeds differ while ids stay stable.
 *
 * <p>NOTE: climate and price levels are rough estimates for the named places, chosen to make the
 * sites differ clearly; they are not calibrated to weather or market records.
 */
final class SiteCatalog {

    static final int MAX_SITES = 4;

    private SiteCatalog() {
    }

    /**
     * Builds the first {@code count} site templates with world-specific jitter.
     *
     * @param capacityKw capacity per site, in template order; the caller sizes it to the placed load
     */
    static List<SitePlan> build(int count, LocalDate termStart, double[] capacityKw, SplittableRandom layout) {
        if (count < 1 || count > MAX_SITES) {
            throw new IllegalArgumentException("sites must be between 1 and " + MAX_SITES + ", got " + count);
        }
        List<SitePlan> sites = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double warmer = (layout.nextDouble() - 0.5) * 4.0;
            double priceFactor = 0.85 + 0.3 * layout.nextDouble();
            sites.add(template(i, termStart, capacityKw[i], warmer, priceFactor));
        }
        return sites;
    }

    private static SitePlan template(int index, LocalDate termStart, double capacityKw, double warmer, double priceFactor) {
        return switch (index) {
            case 0 -> {
                Site site = new Site("tx-pecos", "Pecos West", "Pecos, Texas, US", 31.42, ZoneId.of("America/Chicago"),
                        Cooling.AIR, 1.08, capacityKw, "HB_WEST", "ERCOT");
                Contract contract = new Contract("tx-pecos-spot", site.id(), ContractType.SPOT, Double.NaN, 6.0, List.of(),
                        0.0, 0.008, true, Double.NaN, 0.0, termStart, 36);
                yield new SitePlan(site, contract, new SiteClimate(19.0, 10.5, 200, 8.0, 2.5, 0.7).warmer(warmer),
                        new SpotPriceProfile(30, 14, 25, 9, 70, 700, 0.05, false).scaled(priceFactor),
                        PolicyPreset.STRIKE, Double.NaN);
            }
            case 1 -> {
                Site site = new Site("se-boden", "Boden Hydro Hall", "Boden, Norrbotten, SE", 65.82,
                        ZoneId.of("Europe/Stockholm"), Cooling.HYDRO, 1.04, capacityKw, "SE1", "Nordics");
                Contract contract = new Contract("se-boden-fixed", site.id(), ContractType.FIXED, round(46.0 * priceFactor),
                        0.0, List.of(), 9.0, 0.0, false, Double.NaN, 0.0, termStart, 48);
                yield new SitePlan(site, contract, new SiteClimate(2.0, 12.5, 200, 4.0, 3.0, 0.75).warmer(warmer),
                        new SpotPriceProfile(34, 8, -8, 10, 8, 300, 0.03, false).scaled(priceFactor),
                        PolicyPreset.ALWAYS_ON, Double.NaN);
            }
            case 2 -> {
                Site site = new Site("py-hernandarias", "Hernandarias Immersion", "Hernandarias, Alto Parana, PY", -25.40,
                        ZoneId.of("America/Asuncion"), Cooling.IMMERSION, 1.03, capacityKw, "PY_ANDE", "Paraguay");
                List<TouWindow> windows = List.of(new TouWindow(18, 23, round(96.0 * priceFactor)),
                        new TouWindow(23, 18, round(37.0 * priceFactor)));
                Contract contract = new Contract("py-hernandarias-tou", site.id(), ContractType.TIME_OF_USE, Double.NaN, 0.0,
                        windows, 0.0, 0.006, true, 150.0, 0.0, termStart, 24);
                yield new SitePlan(site, contract, new SiteClimate(22.0, 5.5, 15, 6.0, 2.0, 0.6).warmer(warmer),
                        new SpotPriceProfile(38, 30, 6, 5, 12, 250, 0.0, true).scaled(priceFactor),
                        PolicyPreset.STRIKE_MIN_OFF_4H, Double.NaN);
            }
            default -> {
                Site site = new Site("oh-marion", "Marion Demand Response", "Marion, Ohio, US", 40.59,
                        ZoneId.of("America/New_York"), Cooling.AIR, 1.12, capacityKw, "AEP_DAYTON", "PJM");
                Contract contract = new Contract("oh-marion-dr", site.id(), ContractType.DEMAND_RESPONSE,
                        round(52.0 * priceFactor), 0.0, List.of(), 5.0, 0.0, true, Double.NaN, 180.0, termStart, 36);
                yield new SitePlan(site, contract, new SiteClimate(11.0, 12.0, 200, 7.0, 3.0, 0.7).warmer(warmer),
                        new SpotPriceProfile(38, 16, 15, 8, 35, 500, 0.01, false).scaled(priceFactor),
                        PolicyPreset.STRIKE, 250.0);
            }
        };
    }

    private static double round(double usdPerMwh) {
        return Math.round(usdPerMwh * 100) / 100.0;
    }
}
