package dev.pygrade.api.lti.ags;

/** A passback row was written; observed after the commit to wake the relay. */
public record PassbackWritten() {}
