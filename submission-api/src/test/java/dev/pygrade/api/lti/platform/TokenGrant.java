package dev.pygrade.api.lti.platform;

import io.jsonwebtoken.Claims;

/** An access token the platform's token endpoint granted, with the verified client assertion and scopes. */
public record TokenGrant(String accessToken, String scope, Claims assertion) {}
