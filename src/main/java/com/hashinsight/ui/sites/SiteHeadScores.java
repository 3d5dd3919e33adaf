package com.hashinsight.ui.sites;

import com.hashinsight.inference.EntityInput;
import com.hashinsight.inference.EntityScores;
import com.hashinsight.inference.HashTransService;
import com.hashinsight.strategy.StrategyCandidate;
import com.hashinsight.tokenizer.CandidateInput;
import com.hashinsight.tokenizer.Scenario;
import com.hashinsight.ui.hashtrans.CandidateInputs;
import com.hashinsight.ui.hashtrans.WorkspaceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The HashTrans site head's preference among a client's candidate sites and contracts.
 *
 * <p>The site head returns a ranking logit per candidate that is comparable only within one miner's request. So each
 * of the client's miners scores every candidate at once, its logits become shares by a softmax, and a candidate's
 * share is the mean over the miners: the share of the fleet's preference that it gets, summing to 1.
 *
 * @param service          the model that scored
 * @param miners           miners whose preferences were averaged
 * @param sharesByContract mean softmax share per candidate contract id, 0..1
 */
record SiteHeadScores(HashTransService service, int miners, Map<String, Double> sharesByContract) {

    SiteHeadScores {
        sharesByContract = Map.copyOf(sharesByContract);
    }

    /**
     * Scores {@code candidates} for each miner in {@code serials}, under market prices and nameplate power.
     *
     * @param serials miners of the client that {@code model} has tokens for, at least one
     */
    static SiteHeadScores score(WorkspaceModel model, List<String> serials, List<StrategyCandidate> candidates) {
        List<CandidateInput> moves = new ArrayList<>(candidates.size());
        for (StrategyCandidate candidate : candidates) {
            moves.add(CandidateInputs.siteContract(candidate.site(), candidate.contract(), candidate.curtailment()));
        }
        List<EntityInput> inputs = new ArrayList<>(serials.size());
        for (String serial : serials) {
            inputs.add(model.input(serial, Scenario.MARKET, moves));
        }

        double[] sums = new double[candidates.size()];
        for (EntityScores scores : model.score(inputs)) {
            double[] shares = softmax(scores.candidates().stream().mapToDouble(score -> score.siteScore()).toArray());
            for (int i = 0; i < sums.length; i++) {
                sums[i] += shares[i];
            }
        }
        Map<String, Double> byContract = new HashMap<>();
        for (int i = 0; i < sums.length; i++) {
            byContract.put(candidates.get(i).contract().id(), sums[i] / serials.size());
        }
        return new SiteHeadScores(model.service(), serials.size(), byContract);
    }

    /** Returns exp(x_i) / Σ exp(x_j), shifted by the maximum so that large logits do not overflow. */
    static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double logit : logits) {
            max = Math.max(max, logit);
        }
        double[] shares = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            shares[i] = Math.exp(logits[i] - max);
            sum += shares[i];
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= sum;
        }
        return shares;
    }
}
