package dev.pygrade.api.lti.platform;

import org.tsugi.lti13.DeepLinkResponse;

/** A deep-linking response the platform received and validated with Tsugi's validator. */
public record DeepLinkReturn(String jwt, DeepLinkResponse response, boolean signatureValid) {}
