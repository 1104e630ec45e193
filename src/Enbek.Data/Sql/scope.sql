-- Scope of the acting organisation, read by row-level security on every tenant-owned table.
-- The connection carries only the organisation's id (app.org_id); its path is resolved here, so a
-- forged, unknown or missing value yields no path, and a missing path means no rows, never all rows.
CREATE SCHEMA IF NOT EXISTS app;

-- A bare expression (no FROM), so that PostgreSQL inlines it into the query that calls it instead of
-- planning a statement of its own on every call.
CREATE OR REPLACE FUNCTION app.setting_id(name text) RETURNS bigint
LANGUAGE sql STABLE AS $$
  -- after a connection reset the setting is '' (not NULL): treat anything but digits as absent
  SELECT CASE WHEN current_setting(name, true) ~ '^[0-9]{1,18}$' THEN current_setting(name, true)::bigint END
$$;

CREATE OR REPLACE FUNCTION app.current_org_id() RETURNS bigint
LANGUAGE sql STABLE AS $$ SELECT app.setting_id('app.org_id') $$;

CREATE OR REPLACE FUNCTION app.current_user_id() RETURNS bigint
LANGUAGE sql STABLE AS $$ SELECT app.setting_id('app.user_id') $$;

-- Prefix of the tenant paths the organisation may read. PL/pgSQL keeps the plan of its lookup until the
-- connection is reset (the portal's connections never are: EnbekDatabase.ConfigureScoped), while a SQL
-- function that reads a table is planned again at every call: the policy calls it once for each table
-- a statement reads, so a list that reads persons twice (ids, then rows) planned the lookup twice.
CREATE OR REPLACE FUNCTION app.read_path() RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  path text;
BEGIN
  SELECT o.scope_path INTO path FROM public.organisations o
  WHERE o.id = app.current_org_id() AND o.is_active;
  RETURN path;
END $$;

-- Prefix of the tenant paths the organisation may change: national bodies only read.
CREATE OR REPLACE FUNCTION app.write_path() RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  path text;
BEGIN
  SELECT o.scope_path INTO path FROM public.organisations o
  WHERE o.id = app.current_org_id() AND o.is_active
    AND o.kind NOT IN ('Ministry', 'WorkforceDevelopmentCenter', 'NationalChamber');
  RETURN path;
END $$;

-- The one place where an organisation's path is made from its kind and territory.
CREATE OR REPLACE FUNCTION app.organisation_scope_path() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.scope_path := CASE
    WHEN NEW.kind IN ('Ministry', 'WorkforceDevelopmentCenter', 'NationalChamber') THEN '/'
    WHEN NEW.kind IN ('RegionalChamber', 'RegionalExecutiveBody', 'RegionalCommission')
      THEN '/r' || NEW.region_id || '/'
    WHEN NEW.kind IN ('DistrictExecutiveBody', 'DistrictCommission')
      THEN '/r' || NEW.region_id || '/d' || NEW.district_id || '/'
    WHEN NEW.kind = 'EmploymentCenter'
      THEN '/r' || NEW.region_id || '/d' || NEW.district_id || '/c' || NEW.id || '/'
    ELSE '/x' || NEW.id || '/'
  END;
  RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS organisation_scope_path ON public.organisations;
CREATE TRIGGER organisation_scope_path BEFORE INSERT OR UPDATE OF kind, region_id, district_id
  ON public.organisations FOR EACH ROW EXECUTE FUNCTION app.organisation_scope_path();

-- Tenant rows take their territory and path from the owning center, never from a form.
CREATE OR REPLACE FUNCTION app.fill_tenant_columns() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT o.region_id, o.district_id, o.scope_path
    INTO NEW.region_id, NEW.district_id, NEW.scope_path
  FROM public.organisations o
  WHERE o.id = NEW.center_id AND o.kind = 'EmploymentCenter';
  IF NOT FOUND THEN
    RAISE EXCEPTION 'organisation % is not an employment center', NEW.center_id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END $$;

-- "path is within the scope": starts_with itself, as an operator with its own estimate. The
-- policies compare with a scope known only when the query runs, so PostgreSQL estimates
-- starts_with(scope_path, (SELECT ...)) at its default 0.5 % for every user, and multiplies that
-- with the query's own scope filter (EF's tenant filter, center_id = 4 or region_id = 2, which the
-- planner estimates from statistics), as if the two were independent: a clerk who sees a quarter of
-- the rows was planned as seeing 1 row in 800, so lists were sorted in full instead of read in index
-- order. The operator keeps the function (and so the check) and estimates a third instead (the
-- estimate PostgreSQL gives any comparison with an unknown value), leaving the query's filter to say
-- how much is visible.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
                 WHERE n.nspname = 'app' AND o.oprname = '^@' AND o.oprleft = 'text'::regtype AND o.oprright = 'text'::regtype) THEN
    CREATE OPERATOR app.^@ (LEFTARG = text, RIGHTARG = text, FUNCTION = starts_with, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
  END IF;
END $$;

-- Forced row-level security and the territory trigger for one tenant-owned table. A table with an
-- addressee_id column (records addressed to a lender, guarantor or education organisation) is also
-- readable, and changeable, by that addressee.
CREATE OR REPLACE FUNCTION app.enable_tenant_rls(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  addressed text := '';
  policy text;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = tbl AND attname = 'addressee_id' AND NOT attisdropped) THEN
    addressed := ' OR addressee_id = (SELECT app.current_org_id())';
  END IF;
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  FOREACH policy IN ARRAY ARRAY['tenant_read', 'tenant_insert', 'tenant_update', 'tenant_delete', 'table_owner'] LOOP
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', policy, tbl);
  END LOOP;
  EXECUTE format('CREATE POLICY tenant_read ON %s FOR SELECT USING (scope_path OPERATOR(app.^@) (SELECT app.read_path())%s)', tbl, addressed);
  EXECUTE format('CREATE POLICY tenant_insert ON %s FOR INSERT WITH CHECK (scope_path OPERATOR(app.^@) (SELECT app.write_path()))', tbl);
  EXECUTE format('CREATE POLICY tenant_update ON %s FOR UPDATE USING (scope_path OPERATOR(app.^@) (SELECT app.write_path())%s) WITH CHECK (scope_path OPERATOR(app.^@) (SELECT app.write_path())%s)', tbl, addressed, addressed);
  EXECUTE format('CREATE POLICY tenant_delete ON %s FOR DELETE USING (scope_path OPERATOR(app.^@) (SELECT app.write_path()))', tbl);
  -- The owner (migrations, set-up, and the few SECURITY DEFINER functions that move a record between
  -- centers) sees every row. It could switch row-level security off on its own tables anyway; the
  -- portal's role is never the owner.
  EXECUTE format('CREATE POLICY table_owner ON %s TO %I USING (true) WITH CHECK (true)', tbl,
    (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE c.oid = tbl));
  EXECUTE format('DROP TRIGGER IF EXISTS fill_tenant_columns ON %s', tbl);
  EXECUTE format('CREATE TRIGGER fill_tenant_columns BEFORE INSERT OR UPDATE OF center_id ON %s FOR EACH ROW EXECUTE FUNCTION app.fill_tenant_columns()', tbl);
END $$;
