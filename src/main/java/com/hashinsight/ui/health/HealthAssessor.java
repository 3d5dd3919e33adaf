package com.hashinsight.ui.health;

import com.hashinsight.store.Workspace;
import com.hashinsight.ui.task.Progress;
import java.util.Optional;

/** Estimates the failure risk of every miner of a workspace; runs on a background thread. */
@FunctionalInterface
public interface HealthAssessor {

    /** Returns the report, or empty when the workspace has no telemetry to assess. */
    Optional<HealthReport> assess(Workspace workspace, Progress progress) throws Exception;
}
