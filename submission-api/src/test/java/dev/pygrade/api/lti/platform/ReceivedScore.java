package dev.pygrade.api.lti.platform;

import org.tsugi.ags2.objects.Score;

/** A score the platform accepted, as it arrived: path, content type, bearer token and the parsed Tsugi Score. */
public record ReceivedScore(String path, String contentType, String bearerToken, Score score, String body) {}
