-- What the portal's login role may do. It owns nothing and cannot bypass row-level security;
-- audit rows it may only insert and read; no domain row is ever deleted by the portal.
CREATE OR REPLACE FUNCTION app.grant_portal(portal_role text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = portal_role) THEN
    RAISE NOTICE 'role % does not exist: no grants made', portal_role;
    RETURN;
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA public, app TO %I', portal_role);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO %I', portal_role);
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON public.audit_log FROM %I', portal_role);
  EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON public."__EFMigrationsHistory" FROM %I', portal_role);
  -- link tables that Identity and Data Protection rewrite
  EXECUTE format('GRANT DELETE ON public.user_roles, public.user_claims, public.user_logins,'
    || ' public.user_tokens, public.role_claims, public.data_protection_keys TO %I', portal_role);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', portal_role);
  EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO %I', portal_role);
END $$;
