package com.hashinsight.economics;

import com.hashinsight.i18n.Messages;
import java.util.Locale;

/**
 * Raised when a value that a formula needs is missing or out of range in the user's data, for
 * example a block height of -1 in a market snapshot.
 *
 * <p>{@link #getMessage()} is English for the log; {@link #getLocalizedMessage()} is in the
 * user's language. Both name the field and the value.
 */
public final class EconomicInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String messageKey;

    /**
     * Creates the exception from a message key of the {@code economics} bundle. The key's pattern
     * receives the field name as {0} and the value as {1}.
     */
    public EconomicInputException(String messageKey, String field, Object value) {
        super(Messages.get(Locale.ENGLISH, messageKey, field, String.valueOf(value)));
        this.field = field;
        this.value = String.valueOf(value);
        this.messageKey = messageKey;
    }

    /** Name of the field that is missing or invalid, for example {@code blockHeight}. */
    public String field() {
        return field;
    }

    /** The rejected value as text. */
    public String value() {
        return value;
    }

    @Override
    public String getLocalizedMessage() {
        return Messages.get(messageKey, field, value);
    }
}
