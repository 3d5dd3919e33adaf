package com.hashinsight.inference;

/** Placeholder, replaced once the model bundle documents its windowing state. */
record EncoderState(int tokenCount) {
}
