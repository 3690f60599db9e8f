package de.netzwerk.task;

/** A rough estimate of a package's size: small packages are what a partner can take on beside their work. */
public enum TaskSize {
    XS,
    S,
    M,
    L,
    XL
}
