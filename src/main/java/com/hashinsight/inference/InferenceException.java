package com.hashinsight.inference;

import com.hashinsight.i18n.Messages;
import java.util.Arrays;
import java.util.Locale;

/**
 * Failure to load or run the HashTrans model.
 *
 * <p>The message is a {@link Messages} key with arguments: {@link #getMessage()} is English for the log, and
 * {@link #getLocalizedMessage()} is in the user's language for the screen. The cause is kept.
 */
public class InferenceException extends Exception {

    private final String key;
    private final transient Object[] args;

    public InferenceException(String key, Object... args) {
        this(null, key, args);
    }

    public InferenceException(Throwable cause, String key, Object... args) {
        super(Messages.get(Locale.ENGLISH, key, args), cause);
        this.key = key;
        this.args = Arrays.copyOf(args, args.length);
    }

    /** Message key in the {@code inference} bundle. */
    public String key() {
        return key;
    }

    /** Arguments of the message key, in order. */
    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }

    /** Returns the message in the current user locale. */
    @Override
    public String getLocalizedMessage() {
        return Messages.get(key, args);
    }
}
