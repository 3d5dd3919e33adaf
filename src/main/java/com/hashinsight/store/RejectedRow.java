package com.hashinsight.store;

import com.hashinsight.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One rejected input row: where it was, which field and value, and why, as a message key so the
 * reason can be shown in any supported language.
 *
 * @param line       1-based line number in the file (for JSON, the line where the object starts); 0 when unknown
 * @param field      column or JSON field name; null when the whole row is rejected
 * @param value      offending value as read, cut to 200 characters; null when missing
 * @param reasonKey  {@link Messages} key of the reason
 * @param reasonArgs arguments of the reason message
 */
public record RejectedRow(long line, String field, String value, String reasonKey, List<String> reasonArgs) {

    /** Maximum length of a stored value, so one huge cell cannot fill the report. */
    public static final int MAX_VALUE_LENGTH = 200;

    public RejectedRow {
        Objects.requireNonNull(reasonKey, "reasonKey");
        reasonArgs = List.copyOf(reasonArgs);
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH) + "…";
        }
    }

    /** Returns the reason in {@code locale}. */
    public String reason(Locale locale) {
        return Messages.get(locale, reasonKey, reasonArgs.toArray());
    }

    /** Returns one report line in {@code locale}: line, field, value and reason. */
    public String describe(Locale locale) {
        return Messages.get(locale, "store.rejected.line", line, field == null ? "-" : field,
                value == null ? Messages.get(locale, "store.rejected.noValue") : value, reason(locale));
    }
}
