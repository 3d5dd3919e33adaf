package com.hashinsight.store;

import com.hashinsight.i18n.Messages;
import java.util.Locale;

/**
 * A store failure that the user can act on. The message is a {@link Messages} key plus arguments,
 * so it can be shown in English or Chinese; {@link #getMessage()} is English for logs.
 */
public class StoreException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public StoreException(String key, Object... args) {
        this(null, key, args);
    }

    public StoreException(Throwable cause, String key, Object... args) {
        super(Messages.get(Locale.ENGLISH, key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    /** Message key in the {@code store} or {@code importer} bundle. */
    public String key() {
        return key;
    }

    /** Message arguments, for example the workspace name or the file path. */
    public Object[] args() {
        return args.clone();
    }

    /** Returns the message in the current {@link Messages#locale()}. */
    @Override
    public String getLocalizedMessage() {
        return Messages.get(key, args);
    }
}
