package com.hashinsight.fleet;

/** How a site removes heat from its miners. */
public enum Cooling {
    AIR,
    HYDRO,
    IMMERSION
}
