package com.hashinsight.tokenizer;

import com.hashinsight.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code feature-spec --out FILE}: writes the tokenizer's feature spec JSON. */
@Command(name = "feature-spec", resourceBundle = "i18n.tokenizer", mixinStandardHelpOptions = true)
public final class FeatureSpecCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureSpecCommand.class);

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "tokenizer.cli.spec.out")
    Path out;

    @Option(names = "--max-s-tokens", defaultValue = "" + SequenceBuilder.DEFAULT_MAX_TOKENS, paramLabel = "L",
            descriptionKey = "tokenizer.cli.export.maxTokens")
    int maxTokens;

    @Override
    public Integer call() {
        if (maxTokens < 1) {
            System.err.println(Messages.get("tokenizer.error.invalidOption", "--max-s-tokens", maxTokens, ">= 1"));
            return 2;
        }
        try {
            FeatureSpec.write(out, WindowRule.DEFAULT, maxTokens);
        } catch (IOException e) {
            LOG.error("writing the feature spec to {} failed", out, e);
            System.err.println(Messages.get("tokenizer.error.writeFailed", out, e.getMessage()));
            return 1;
        }
        System.out.println(Messages.get("tokenizer.spec.written", FeatureSpec.VERSION, out, SFeatures.LAYOUT.width(),
                NsFeatures.LAYOUT.width(), CandidateFeatures.LAYOUT.width(), maxTokens));
        return 0;
    }
}
