package dev.pygrade.api.lti;

/** Claim names, message types and scopes of LTI 1.3, Deep Linking 2.0 and AGS 2.0, spelled once. */
public final class LtiClaims {
    public static final String PREFIX = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String MESSAGE_TYPE = PREFIX + "message_type";
    public static final String VERSION = PREFIX + "version";
    public static final String DEPLOYMENT_ID = PREFIX + "deployment_id";
    public static final String TARGET_LINK_URI = PREFIX + "target_link_uri";
    public static final String RESOURCE_LINK = PREFIX + "resource_link";
    public static final String ROLES = PREFIX + "roles";
    public static final String CONTEXT = PREFIX + "context";
    public static final String CUSTOM = PREFIX + "custom";
    public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public static final String DL_CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    public static final String DL_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    public static final String DL_MSG = "https://purl.imsglobal.org/spec/lti-dl/claim/msg";

    public static final String LTI_VERSION = "1.3.0";
    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
    /** The one content item type a Pygrade deep-linking response carries. */
    public static final String RESOURCE_LINK_ITEM = "ltiResourceLink";

    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCORE_MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";

    /** The custom parameter that names the exercise a resource link opens (set by our deep-linking response). */
    public static final String CUSTOM_EXERCISE_ID = "exercise_id";

    private LtiClaims() {}
}
