-- Deep linking: what the platform's request allows in the answer (null for resource-link launches).
alter table lti_launch add column dl_accept_multiple boolean;
alter table lti_launch add column dl_accept_lineitem boolean;
