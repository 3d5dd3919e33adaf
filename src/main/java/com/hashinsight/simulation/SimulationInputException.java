package com.hashinsight.simulation;

import com.hashinsight.i18n.Messages;

/** Input files that cannot drive a world (no matching settlement point, too short, unreadable); the message is localized. */
public final class SimulationInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SimulationInputException(String key, Object... args) {
        super(Messages.get(key, args));
    }

    SimulationInputException(Throwable cause, String key, Object... args) {
        super(Messages.get(key, args), cause);
    }
}
