package dev.pygrade.api.auth;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The caller of the current request, set by {@link AccessFilter} before the resource method runs. Endpoints that
 * need a caller call {@link #get()}; one without credentials is then refused with 401.
 */
@RequestScoped
public class CurrentPrincipal {
    private Credential credential;

    /** The caller; 401 problem+json when the request carried no valid credentials. */
    public Principal get() {
        return credential().principal();
    }

    /** The caller with the API key it used, if any; 401 when there is no caller. */
    public Credential credential() {
        if (credential == null) {
            throw new UnauthenticatedException("this request needs credentials: " + UnauthenticatedException.HOW);
        }
        return credential;
    }

    public Optional<Principal> find() {
        return Optional.ofNullable(credential).map(Credential::principal);
    }

    public boolean isPresent() {
        return credential != null;
    }

    void set(Credential credential) {
        this.credential = credential;
    }
}
