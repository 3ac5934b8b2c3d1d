-- Pygrade's own signing keys (RS256). published: in the JWKS, not signing; active: in the JWKS and signing
-- (exactly one normally); retired: neither. Rotation: add (published), activate, retire the old one later.

create table lti_tool_key (
    kid          varchar(100)             not null primary key,
    status       varchar(16)              not null,
    private_key  text                     not null, -- PKCS#8, base64
    public_key   text                     not null, -- X.509 SubjectPublicKeyInfo, base64
    created_at   timestamp with time zone not null,
    activated_at timestamp with time zone,
    retired_at   timestamp with time zone
);
