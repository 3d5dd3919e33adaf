package com.hashinsight.simulation;

import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.fleet.Cooling;
import com.hashinsight.fleet.HoldStyle;
import com.hashinsight.fleet.RiskLevel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Builds a {@link World} from its options: sites, clients, miners, exogenous series and candidates. */
final class WorldBuilder {

    private static final double[] SITE_WEIGHTS = {0.40, 0.25, 0.35, 0.30};
    private static final List<ModelPhysics> DEFAULT_AIR_MODELS = List.of(ModelPhysics.S19J_PRO, ModelPhysics.S21, ModelPhysics.M60S);
    private static final double[] DEFAULT_AIR_MODEL_WEIGHTS = {0.35, 0.40, 0.25};
    private static final double TYPICAL_STRESS = 0.9;
    private static final double CAPACITY_HEADROOM = 1.15;

    private WorldBuilder() {
    }

    static World build(SimulationConfig config, ExogenousInputs inputs) {
        long seed = config.seed();
        double[] placeholderKw = {1, 1, 1, 1};
        List<SitePlan> templates = SiteCatalog.build(config.sites(), config.startDate(), placeholderKw,
                RandomStreams.stream(seed, RandomStreams.LAYOUT, 0));
        List<ClientProfile> clients = clients(config.clients());

        List<MinerUnit> units = new ArrayList<>();
        double[] loadW = new double[templates.size()];
        for (int i = 0; i < config.miners(); i++) {
            MinerUnit unit = unit(config, templates, clients, i);
            units.add(unit);
            loadW[unit.initialPlan().siteIndex()] += unit.model().nominalW();
        }

        List<SitePlan> sites = new ArrayList<>();
        for (int s = 0; s < templates.size(); s++) {
            double kw = Math.max(500, Math.ceil(loadW[s] * CAPACITY_HEADROOM * templates.get(s).site().pue() / 100_000.0) * 100);
            sites.add(templates.get(s).withCapacity(kw));
        }

        int exogenousDays = config.days() + World.HORIZONS_DAYS.getLast();
        MarketPath market = inputs.market(config, exogenousDays);
        List<SiteSeries> series = new ArrayList<>();
        for (int s = 0; s < sites.size(); s++) {
            series.add(inputs.siteSeries(config, sites.get(s), s, exogenousDays, market));
        }

        int dataDays = inputs.coveredDays(config, sites, exogenousDays);
        if (dataDays < config.days()) {
            throw new SimulationInputException("simulation.error.inputsTooShort", dataDays, config.startDate(), config.days());
        }
        List<Integer> anchors = new ArrayList<>();
        for (int day = 0; config.anchorEveryDays() > 0 && day < config.days(); day += config.anchorEveryDays()) {
            anchors.add(day);
        }
        return new World(config, sites, series, market, clients, units, candidates(sites), anchors, dataDays,
                new PresetResolver(sites, clients, units));
    }

    static List<Candidate> candidates(List<SitePlan> sites) {
        List<Candidate> list = new ArrayList<>();
        // A PRESET candidate's settings depend on the miner's client, so they are null here and listed per
        // client in GroundTruthWorld.clientPresets().
        list.add(new Candidate("preset-A", CandidateKind.PRESET, "A conservative strategy preset of the miner's client",
                null, null, null, null));
        list.add(new Candidate("preset-B", CandidateKind.PRESET, "B balanced strategy preset of the miner's client",
                null, null, null, null));
        list.add(new Candidate("preset-C", CandidateKind.PRESET, "C aggressive strategy preset of the miner's client",
                null, null, null, null));
        for (SitePlan site : sites) {
            list.add(new Candidate("site-" + site.id(), CandidateKind.SITE, "move to " + site.site().name(),
                    site.id(), null, null, null));
        }
        list.add(new Candidate("config-eco", CandidateKind.CONFIG, "eco power mode", null, PowerMode.ECO, null, null));
        list.add(new Candidate("config-stock", CandidateKind.CONFIG, "stock power mode", null, PowerMode.STOCK, null, null));
        list.add(new Candidate("config-performance", CandidateKind.CONFIG, "performance power mode", null,
                PowerMode.PERFORMANCE, null, null));
        list.add(new Candidate("config-autotune", CandidateKind.CONFIG, "autotuning firmware", null, null,
                FirmwareMode.AUTOTUNE, null));
        for (PolicyPreset policy : PolicyPreset.BUILT_IN) {
            list.add(new Candidate("policy-" + policy.id(), CandidateKind.CURTAILMENT, "curtailment " + policy.id(),
                    null, null, null, policy.id()));
        }
        return List.copyOf(list);
    }

    static List<ClientProfile> clients(int count) {
        List<ClientProfile> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(switch (i) {
                case 0 -> new ClientProfile("atlas-capital", "Atlas Capital Partners", RiskLevel.LOW, 2_500_000, 30,
                        HoldStyle.HOLD, "Nordics");
                case 1 -> new ClientProfile("borealis-digital", "Borealis Digital Mining", RiskLevel.HIGH, 900_000, 14,
                        HoldStyle.SELL_DAILY, "ERCOT");
                case 2 -> new ClientProfile("cedar-ridge", "Cedar Ridge Family Office", RiskLevel.MEDIUM, 1_500_000, 20,
                        HoldStyle.MIXED, "Paraguay");
                default -> new ClientProfile("client-" + (i + 1), "Client " + (i + 1), RiskLevel.MEDIUM, 1_000_000, 24,
                        HoldStyle.MIXED, null);
            });
        }
        return List.copyOf(list);
    }

    /** Draws an air-cooled model: the configured ones with equal weight, else the default mix. */
    private static ModelPhysics airModel(SimulationConfig config, double draw) {
        List<String> names = config.airModels();
        if (names.isEmpty()) {
            return DEFAULT_AIR_MODELS.get(pick(draw, DEFAULT_AIR_MODEL_WEIGHTS, DEFAULT_AIR_MODEL_WEIGHTS.length));
        }
        return ModelPhysics.airModel(names.get(Math.min((int) (draw * names.size()), names.size() - 1)));
    }

    private static MinerUnit unit(SimulationConfig config, List<SitePlan> sites, List<ClientProfile> clients, int index) {
        SplittableRandom random = RandomStreams.stream(config.seed(), RandomStreams.LAYOUT, 1, index);
        int siteIndex = pick(random.nextDouble(), SITE_WEIGHTS, sites.size());
        SitePlan site = sites.get(siteIndex);
        ModelPhysics model = site.site().cooling() == Cooling.HYDRO
                ? ModelPhysics.HYDRO_MODELS.getFirst()
                : airModel(config, random.nextDouble());
        String clientId = clients.get((int) (random.nextDouble() * clients.size())).id();

        LocalDate latest = config.startDate().minusDays(14);
        LocalDate earliest = model.releaseDate().isAfter(config.startDate().minusYears(3))
                ? model.releaseDate() : config.startDate().minusYears(3);
        if (earliest.isAfter(latest)) {
            earliest = latest;
        }
        long span = ChronoUnit.DAYS.between(earliest, latest);
        LocalDate installDate = earliest.plusDays((long) (random.nextDouble() * (span + 1)));
        double ageHours = ChronoUnit.DAYS.between(installDate, config.startDate()) * 24.0;

        double hashFactor = 1.0 + 0.02 * clampedGaussian(random);
        double powerFactor = 1.0 + 0.025 * clampedGaussian(random);
        double thermalFactor = 1.0 + 0.06 * clampedGaussian(random);
        double[] frailty = new double[Component.values().length];
        double[] damage = new double[frailty.length];
        for (int c = 0; c < frailty.length; c++) {
            frailty[c] = Math.exp(0.35 * clampedGaussian(random) - 0.5 * 0.35 * 0.35);
            damage[c] = ageHours * TYPICAL_STRESS * (0.7 + 0.6 * random.nextDouble());
        }
        if (model.fans() == 0 || site.site().cooling() != Cooling.AIR) {
            damage[Component.FAN.ordinal()] = 0;
        }

        double modeDraw = random.nextDouble();
        PowerMode mode = PowerMode.STOCK;
        if (modeDraw < 0.15) {
            mode = PowerMode.ECO;
        } else if (modeDraw >= 0.85) {
            mode = PowerMode.PERFORMANCE;
        }
        FirmwareMode firmware = random.nextDouble() < 0.25 ? FirmwareMode.AUTOTUNE : FirmwareMode.STOCK;
        PolicyPreset policy = site.contract().curtailmentAllowed() ? site.defaultPolicy() : PolicyPreset.ALWAYS_ON;

        String serial = serialPrefix(model) + "-" + String.format("%06d", index + 1);
        return new MinerUnit(index, serial, model, clientId, installDate, hashFactor, powerFactor, thermalFactor, frailty,
                damage, new OperatingPlan(siteIndex, mode, firmware, policy));
    }

    private static String serialPrefix(ModelPhysics model) {
        String name = model.model();
        String code = name.substring(name.indexOf(' ') + 1).toUpperCase(java.util.Locale.ROOT)
                .replace("+", "P").replace(" ", "");
        return code.length() > 8 ? code.substring(0, 8) : code;
    }

    private static int pick(double draw, double[] weights, int count) {
        double total = 0;
        for (int i = 0; i < count; i++) {
            total += weights[i];
        }
        double cumulative = 0;
        for (int i = 0; i < count; i++) {
            cumulative += weights[i] / total;
            if (draw < cumulative) {
                return i;
            }
        }
        return count - 1;
    }

    private static double clampedGaussian(SplittableRandom random) {
        return Math.max(-3, Math.min(3, RandomStreams.gaussian(random)));
    }
}
