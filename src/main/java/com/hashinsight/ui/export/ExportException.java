package com.hashinsight.ui.export;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.LocalizedText;
import java.util.Locale;

/** An export that failed, with a message for the user; {@link #getMessage()} is English for the log. */
public final class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;

    public ExportException(String key, Object... args) {
        this(null, key, args);
    }

    public ExportException(Throwable cause, String key, Object... args) {
        super(Messages.get(Locale.ENGLISH, key, args), cause);
        this.text = LocalizedText.of(key, args);
    }

    /** The message in the user's language. */
    public LocalizedText text() {
        return text;
    }

    @Override
    public String getLocalizedMessage() {
        return text.format();
    }
}
