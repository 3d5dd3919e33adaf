package com.hashinsight.strategy;

import com.hashinsight.economics.EconomicInputException;
import com.hashinsight.economics.MarketModel;
import com.hashinsight.economics.PoolTerms;
import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.i18n.Messages;
import com.hashinsight.store.StoreException;
import com.hashinsight.store.Workspace;
import com.hashinsight.store.Workspaces;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compare --workspace W [--months 36] [--paths N] [--data-dir DIR]}: prints the A/B/C
 * strategy table of a workspace's client.
 */
@Command(name = "compare", resourceBundle = "i18n/economics", sortOptions = false)
public final class CompareCommand implements Callable<Integer> {

    /** Pool terms of the comparison: FPPS at 2.5 %, a common FPPS fee. */
    public static final PoolTerms DEFAULT_POOL = PoolTerms.fpps(0.025);

    private static final Logger log = LoggerFactory.getLogger(CompareCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, descriptionKey = "strategy.option.workspace", paramLabel = "W")
    private String workspaceName;

    @Option(names = "--months", defaultValue = "36", descriptionKey = "strategy.option.months", paramLabel = "N")
    private int months;

    @Option(names = "--paths", defaultValue = "10000", descriptionKey = "strategy.option.paths", paramLabel = "N")
    private int paths;

    @Option(names = "--data-dir", descriptionKey = "strategy.option.dataDir", paramLabel = "DIR")
    private Path dataDir;

    @Option(names = "--client", descriptionKey = "strategy.option.client", paramLabel = "ID")
    private String clientId;

    @Option(names = "--seed", defaultValue = "1", descriptionKey = "strategy.option.seed", paramLabel = "S")
    private long seed;

    @Option(names = "--price-model", defaultValue = "bootstrap", descriptionKey = "strategy.option.priceModel", paramLabel = "M")
    private String priceModel;

    @Option(names = "--history-years", defaultValue = "4", descriptionKey = "strategy.option.historyYears", paramLabel = "Y")
    private int historyYears;

    @Option(names = "--hardware-usd-per-th", descriptionKey = "strategy.option.hardwarePrice", paramLabel = "USD")
    private Double hardwareUsdPerTh;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "strategy.option.help")
    private boolean helpRequested;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            validateOptions();
            Workspaces workspaces = new Workspaces(dataDir != null ? dataDir : Workspaces.defaultDataDir());
            try (Workspace workspace = workspaces.open(workspaceName)) {
                for (String line : compare(workspace)) {
                    out.println(line);
                }
            }
            out.flush();
            return 0;
        } catch (StoreException | EconomicInputException e) {
            log.error("compare failed for workspace {}", workspaceName, e);
            err.println(Messages.get("strategy.error.failed", e.getLocalizedMessage()));
            err.flush();
            return 1;
        } catch (IllegalArgumentException e) {
            log.error("compare failed for workspace {}", workspaceName, e);
            err.println(Messages.get("strategy.error.failed", e.getMessage()));
            err.flush();
            return 1;
        }
    }

    private void validateOptions() {
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException(Messages.get("strategy.error.months", months));
        }
        if (paths < 1 || paths > 1_000_000) {
            throw new IllegalArgumentException(Messages.get("strategy.error.paths", paths));
        }
        if (historyYears < 1) {
            throw new IllegalArgumentException(Messages.get("strategy.error.historyYears", historyYears));
        }
    }

    private List<String> compare(Workspace workspace) {
        WorkspaceMarket.PriceModelKind kind = switch (priceModel.toLowerCase(Locale.ROOT)) {
            case "bootstrap" -> WorkspaceMarket.PriceModelKind.BOOTSTRAP;
            case "gbm" -> WorkspaceMarket.PriceModelKind.GBM;
            default -> throw new IllegalArgumentException(Messages.get("strategy.error.priceModel", priceModel));
        };
        HardwarePricing pricing = hardwareUsdPerTh == null ? new HardwarePricing() : new HardwarePricing(hardwareUsdPerTh);
        WorkspaceStrategies strategies = WorkspaceStrategies.load(workspace, clientId, kind, historyYears, pricing);
        ClientProfile client = strategies.client();
        MarketModel market = strategies.market();

        log.info("Comparing {} strategies for client {} in workspace {}: {} months, {} paths, seed {}", strategies.presets().size(),
                client.id(), workspace.name(), months, paths, seed);
        StrategyComparison comparison = strategies.compare(months, paths, seed);

        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("strategy.header", client.name() == null ? client.id() : client.name(),
                Messages.get("strategy.risk." + client.riskLevel().name()), months, paths, seed,
                market.priceModel().label(), comparison.factorsLabel(), market.startDate().toString(), market.startBtcUsd()));
        lines.add("");
        lines.addAll(ComparisonTable.render(comparison));
        return lines;
    }
}
