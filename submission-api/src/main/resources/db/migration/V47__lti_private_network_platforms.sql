-- Pygrade calls a platform's key set, token and score URLs only on public addresses, unless an admin registered the
-- platform with allow_private_network (loopback, RFC 1918, carrier-grade NAT, IPv6 unique local). Off for existing
-- registrations: a platform on a private network must be switched on explicitly (PUT the registration).
alter table lti_registration add column allow_private_network boolean default false not null;
