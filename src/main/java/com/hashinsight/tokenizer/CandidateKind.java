package com.hashinsight.tokenizer;

/** What a candidate row describes, the {@code cand_kind} tensor's vocabulary. Id 0 is padding. */
public enum CandidateKind {
    PADDING(0, "no candidate; the row is zeros and its labels are NaN"),
    ABC_PRESET(1, "an A/B/C strategy preset for the client"),
    SITE_CONTRACT(2, "moving the miner to a candidate site and contract"),
    CONFIG_PRESET(3, "a miner configuration preset: power target and firmware"),
    CURTAILMENT_POLICY(4, "a curtailment policy: curtail above a price");

    private final int id;
    private final String meaning;

    CandidateKind(int id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    /** Value written to {@code cand_kind}. */
    public int id() {
        return id;
    }

    public String meaning() {
        return meaning;
    }
}
