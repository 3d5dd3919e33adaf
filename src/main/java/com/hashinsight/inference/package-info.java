/**
 * HashTrans inference: loads the model bundle through DJL's ONNX Runtime engine and scores entities in two stages
 * with a KV cache.
 *
 * <h2>Loading</h2>
 * {@link com.hashinsight.inference.ModelLocator} finds {@code models/hashtrans-v1} (system property
 * {@code hashinsight.model.dir}, then beside the app's jar or classes, then the working directory).
 * {@link com.hashinsight.inference.ModelBundle} checks every SHA-256 in {@code checksums.sha256} and the
 * feature-spec version before any graph is loaded, and a mismatch names both versions. The graphs run on the CUDA
 * execution provider when a GPU and the GPU build of ONNX Runtime are present, otherwise on the CPU, and the log names
 * the provider and the model version. With {@code ai.djl.offline=true} nothing is downloaded: the CPU build of
 * ONNX Runtime ships inside its Maven jar.
 *
 * <h2>Two stages</h2>
 * Stage I ({@code encoder.onnx}) turns an entity's S-tokens into per-layer K/V. Stage II runs the NS-tokens of any
 * number of candidates against that K/V. S-tokens never attend to NS-tokens, so Stage I does not depend on the
 * candidates and one cache entry serves every candidate, slider state and request. Stage II itself has two graphs:
 * {@code context.onnx} computes the K/V of the context tokens before the scenario token, which read no slider
 * column, and {@code scenario_scorer.onnx} runs the scenario token and the candidates against both. A second,
 * smaller cache keeps the context K/V per Stage I entry and non-scenario {@code ns_num} values, so a slider move
 * runs the scenario scorer alone.
 * {@link com.hashinsight.inference.KvCache} keys an entry by model version, entity ids and the SHA-256 of the exact
 * S-token content, so an entry is never reused for other inputs, and bounds the entries by a byte budget (LRU).
 * Entries keep their K/V in native ONNX Runtime memory under their own DJL {@code NDManager}, which is closed when
 * the entry is evicted and no caller still holds a lease on it.
 *
 * <h2>Window rule for appending S-tokens</h2>
 * With {@code n} real S-tokens the window anchor is {@code A = floor(n / pyramid_block) * pyramid_block}. The
 * pyramid keeps, at layer {@code l}, the positions {@code p >= floor(l * max(A - pyramid_min_s, 0) / (n_layers - 1))},
 * which depend on {@code A} alone. So when new tokens arrive and {@code floor(n / pyramid_block)} stays the same,
 * every earlier token keeps its K/V, and {@code encoder_step.onnx} computes K/V for the new tokens only and appends
 * them. The result equals a full encode. When the new length crosses a block boundary, the anchor moves and Stage I
 * runs over the whole sequence again. An append also requires the new sequence to start with exactly the cached
 * tokens (the tokenizer rebuilds the sequence when its own 6-hour time block changes), or Stage I runs in
 * full. Only single-entity entries take appends, and batch entries are re-encoded.
 *
 * <h2>Entry points</h2>
 * {@link com.hashinsight.inference.HashTransService} is the facade the UI calls;
 * {@link com.hashinsight.inference.ModelOperationalFactors} supplies the strategy engine's operational factors;
 * {@link com.hashinsight.inference.TokenizerInputs} converts the tokenizer's output.
 */
package com.hashinsight.inference;
