package dev.pygrade.api.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The OpenAPI document's header: how to authenticate. Every {@code /api/} operation needs one of the two schemes;
 * which roles may call it is said in its description (see README, "Security model"). SmallRye OpenAPI reads
 * {@code @OpenAPIDefinition} from the JAX-RS application class; this one adds no path and no resources.
 */
@OpenAPIDefinition(
        info = @Info(title = "Pygrade submission API", version = "1"),
        components =
                @Components(
                        securitySchemes = {
                            @SecurityScheme(
                                    securitySchemeName = "bearer",
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "bearer",
                                    bearerFormat = "pgk_ API key or session JWT",
                                    description = "Authorization: Bearer <API key (pgk_...) or session token>"),
                            @SecurityScheme(
                                    securitySchemeName = "session-cookie",
                                    type = SecuritySchemeType.APIKEY,
                                    in = SecuritySchemeIn.COOKIE,
                                    apiKeyName = "pygrade_session",
                                    description = "The session cookie an LTI launch sets")
                        }),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "session-cookie")})
public class ApiDocumentation extends Application {}
