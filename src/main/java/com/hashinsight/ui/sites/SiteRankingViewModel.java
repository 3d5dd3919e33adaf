package com.hashinsight.ui.sites;

import com.hashinsight.fleet.ClientProfile;
import com.hashinsight.store.Workspace;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Site ranking state: the open workspace's clients, the chosen client and its ranked sites and contracts. Choosing
 * another client or opening another workspace ranks again in the background.
 */
public final class SiteRankingViewModel {

    private final WorkspaceSession session;
    private final BackgroundTasks tasks;
    private final SiteRanker ranker;
    private final ObservableList<String> clients = FXCollections.observableArrayList();
    private final ObjectProperty<String> client = new SimpleObjectProperty<>();
    private final ObservableList<SiteRank> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SiteRanking> ranking = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalizedText> message = new ReadOnlyObjectWrapper<>();
    private long requests;

    public SiteRankingViewModel(WorkspaceSession session, BackgroundTasks tasks, SiteRanker ranker) {
        this.session = session;
        this.tasks = tasks;
        this.ranker = ranker;
        session.currentProperty().addListener((obs, old, workspace) -> loadClients());
        client.addListener((obs, old, id) -> rank());
        loadClients();
    }

    /** Client ids of the open workspace. */
    public ObservableList<String> clients() {
        return clients;
    }

    /** Client whose candidates are ranked; null while the workspace has none. */
    public ObjectProperty<String> clientProperty() {
        return client;
    }

    /** Ranked candidates of the chosen client, best first. */
    public ObservableList<SiteRank> rows() {
        return rows;
    }

    /** Latest ranking with its source and fleet; null while none is shown. */
    public ReadOnlyObjectProperty<SiteRanking> rankingProperty() {
        return ranking.getReadOnlyProperty();
    }

    /** Why no ranking is shown yet; null once one is. */
    public ReadOnlyObjectProperty<LocalizedText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void loadClients() {
        long request = ++requests;
        clear();
        clients.clear();
        client.set(null);
        Workspace workspace = session.current();
        if (workspace == null) {
            message.set(LocalizedText.of("ui.sites.noWorkspace"));
            return;
        }
        message.set(LocalizedText.of("ui.sites.loading"));
        tasks.submit(LocalizedText.of("ui.sites.task"),
                progress -> workspace.fleet().clients().stream().map(ClientProfile::id).toList(),
                (List<String> ids) -> {
                    if (request != requests) {
                        return;
                    }
                    clients.setAll(ids);
                    if (ids.isEmpty()) {
                        message.set(LocalizedText.of("ui.sites.noClients"));
                    } else {
                        client.set(ids.getFirst());
                    }
                },
                error -> fail(request, error));
    }

    private void rank() {
        long request = ++requests;
        clear();
        Workspace workspace = session.current();
        String clientId = client.get();
        if (workspace == null || clientId == null) {
            return;
        }
        message.set(LocalizedText.of("ui.sites.loading"));
        tasks.submit(LocalizedText.of("ui.sites.task"), progress -> ranker.rank(workspace, clientId, progress),
                (SiteRanking ranked) -> {
                    if (request == requests) {
                        ranking.set(ranked);
                        rows.setAll(ranked.rows());
                        message.set(ranked.rows().isEmpty() ? LocalizedText.of("ui.sites.noSites") : null);
                    }
                },
                error -> fail(request, error));
    }

    private void clear() {
        rows.clear();
        ranking.set(null);
    }

    private void fail(long request, Throwable error) {
        if (request == requests) {
            message.set(LocalizedText.of("ui.sites.error", String.valueOf(error.getLocalizedMessage())));
        }
    }
}
