package com.hashinsight.ui;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.actions.ActionsView;
import com.hashinsight.ui.actions.ActionsViewModel;
import com.hashinsight.ui.comparison.ComparisonView;
import com.hashinsight.ui.comparison.ComparisonViewModel;
import com.hashinsight.ui.comparison.EngineStrategyScorer;
import com.hashinsight.ui.export.ExportView;
import com.hashinsight.ui.export.ExportViewModel;
import com.hashinsight.ui.fleet.FleetView;
import com.hashinsight.ui.fleet.FleetViewModel;
import com.hashinsight.ui.hashtrans.HashTransModels;
import com.hashinsight.ui.health.HashTransHealth;
import com.hashinsight.ui.health.HealthView;
import com.hashinsight.ui.health.HealthViewModel;
import com.hashinsight.ui.health.RuleBasedHealth;
import com.hashinsight.ui.sites.SiteRanker;
import com.hashinsight.ui.sites.SiteRankingView;
import com.hashinsight.ui.sites.SiteRankingViewModel;
import com.hashinsight.ui.settings.Settings;
import com.hashinsight.ui.settings.SettingsStore;
import com.hashinsight.ui.settings.SettingsView;
import com.hashinsight.ui.settings.SettingsViewModel;
import com.hashinsight.ui.task.BackgroundTasks;
import com.hashinsight.ui.imports.ImportView;
import com.hashinsight.ui.imports.ImportViewModel;
import com.hashinsight.ui.workspaces.BundledSample;
import com.hashinsight.ui.workspaces.WorkspacesView;
import com.hashinsight.ui.workspaces.WorkspacesViewModel;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composition root of the desktop app: loads the settings, creates the engines' adapters, the view models and
 * the main window. Tests create one over a temporary home folder.
 */
public final class Workstation implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Workstation.class);

    private final BackgroundTasks tasks;
    private final HashTransModels models;
    private final SettingsViewModel settings;
    private final MainViewModel main;
    private final WorkspaceSession session;
    private final WorkspacesViewModel workspaces;
    private final ImportViewModel imports;
    private final FleetViewModel fleet;
    private final ComparisonViewModel comparison;
    private final ActionsViewModel actions;
    private final HealthViewModel health;
    private final SiteRankingViewModel sites;
    private final ExportViewModel export;
    private final MainView mainView;

    private Workstation(SettingsStore store) {
        Settings loaded = store.load();
        Messages.setLocale(loaded.locale(Messages.defaultLocale(Locale.getDefault())));
        this.tasks = new BackgroundTasks(loaded.threads());
        this.models = HashTransModels.bundled(loaded.gpuEnabled());
        this.settings = new SettingsViewModel(store, loaded);
        this.main = new MainViewModel(tasks, settings);
        this.session = new WorkspaceSession(loaded.dataDirectory());
        this.workspaces = new WorkspacesViewModel(session, tasks, BundledSample.installed());
        this.imports = new ImportViewModel(session, tasks);
        session.currentProperty().addListener((obs, old, workspace) -> main.workspaceLabelProperty().set(
                workspace == null ? LocalizedText.of("ui.workspace.none") : LocalizedText.of("ui.workspace.open", workspace.name())));
        settings.savedProperty().addListener((obs, old, saved) -> {
            session.changeDataDirectory(saved.dataDirectory());
            workspaces.refresh();
        });
        this.fleet = new FleetViewModel(session, tasks);
        this.comparison = new ComparisonViewModel(tasks, session,
                (workspace, progress) -> EngineStrategyScorer.open(workspace, models, progress));
        this.actions = new ActionsViewModel(session, Clock.systemUTC());
        this.health = new HealthViewModel(session, tasks, new HashTransHealth(models, new RuleBasedHealth()));
        this.export = new ExportViewModel(tasks, comparison.resultProperty());
        this.sites = new SiteRankingViewModel(session, tasks, new SiteRanker(EngineStrategyScorer.INTERACTIVE_PATHS, models));
        comparison.statusProperty().addListener((obs, old, text) -> {
            if (text != null) {
                main.statusProperty().set(text);
            }
        });
        this.mainView = new MainView(main, screens());
        log.info("Workstation ready: data directory {}, {} threads, GPU {}, language {}",
                loaded.dataDirectory(), loaded.threads(), loaded.gpuEnabled() ? "on" : "off", Messages.locale());
    }

    /** Creates the workstation over the settings in {@code store}; call on the FX thread. */
    public static Workstation create(SettingsStore store) {
        return new Workstation(Objects.requireNonNull(store, "store"));
    }

    private Map<Screen, Supplier<Node>> screens() {
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
        screens.put(Screen.WORKSPACES, () -> new WorkspacesView(workspaces).root());
        screens.put(Screen.IMPORT, () -> new ImportView(imports).root());
        screens.put(Screen.FLEET, () -> new FleetView(fleet).root());
        screens.put(Screen.COMPARISON, () -> new ComparisonView(comparison).root());
        screens.put(Screen.HEALTH, () -> new HealthView(health).root());
        screens.put(Screen.SITES, () -> new SiteRankingView(sites).root());
        screens.put(Screen.EXPORT, () -> new ExportView(export).root());
        screens.put(Screen.ACTIONS, () -> new ActionsView(actions).root());
        screens.put(Screen.SETTINGS, () -> new SettingsView(settings).root());
        return screens;
    }

    public MainViewModel mainViewModel() {
        return main;
    }

    public ComparisonViewModel comparisonViewModel() {
        return comparison;
    }

    public HealthViewModel healthViewModel() {
        return health;
    }

    public SiteRankingViewModel siteRankingViewModel() {
        return sites;
    }

    public WorkspaceSession session() {
        return session;
    }

    public WorkspacesViewModel workspacesViewModel() {
        return workspaces;
    }

    public SettingsViewModel settingsViewModel() {
        return settings;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public Parent root() {
        return mainView.root();
    }

    /** Returns a scene of the main window with the workstation's style sheet. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root(), width, height);
        scene.getStylesheets().add(Styles.stylesheet());
        return scene;
    }

    /** Shows the main window on {@code stage}, titled in the current language. */
    public void show(Stage stage) {
        stage.titleProperty().bind(Localized.text("app.title"));
        stage.setScene(scene(1280, 800));
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.show();
    }

    @Override
    public void close() {
        tasks.close();
        session.close();
        models.close();
    }
}
