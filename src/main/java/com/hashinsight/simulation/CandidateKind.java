package com.hashinsight.simulation;

/** The kind of a candidate strategy; {@link #code()} is the {@code cand_kind} value of the tensor contract. */
public enum CandidateKind {
    PRESET(1),
    SITE(2),
    CONFIG(3),
    CURTAILMENT(4);

    private final int code;

    CandidateKind(int code) {
        this.code = code;
    }

    /** Code 1..4 used in {@code cand_kind.npy}; 0 is padding there. */
    public int code() {
        return code;
    }
}
