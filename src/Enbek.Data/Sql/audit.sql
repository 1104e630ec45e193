-- One generic trigger writes an audit row for every inserted, updated or deleted domain row, in the
-- same transaction, so EF saves, set-based imports and raw SQL are audited alike.
-- Trigger arguments: the key column(s), comma-separated; then columns never to record (secrets).
CREATE OR REPLACE FUNCTION app.audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  any_row jsonb := coalesce(new_row, old_row);
  excluded text[] := CASE WHEN TG_NARGS > 1 THEN TG_ARGV[1:TG_NARGS - 1] ELSE ARRAY[]::text[] END;
  changes jsonb;
  row_key text;
BEGIN
  SELECT jsonb_object_agg(k.key, jsonb_strip_nulls(jsonb_build_object('old', old_row -> k.key, 'new', new_row -> k.key)))
    INTO changes
  FROM jsonb_object_keys(any_row) AS k(key)
  WHERE NOT k.key = ANY (excluded)
    AND (old_row -> k.key) IS DISTINCT FROM (new_row -> k.key);
  IF changes IS NULL THEN
    RETURN NULL; -- an update that changed nothing worth recording
  END IF;
  SELECT string_agg(any_row ->> trim(c), ',') INTO row_key
  FROM unnest(string_to_array(TG_ARGV[0], ',')) AS c;
  INSERT INTO public.audit_log (at, user_id, organisation_id, table_name, row_key, action, changes, scope_path)
  VALUES (now(), app.current_user_id(), app.current_org_id(), TG_TABLE_NAME, row_key, TG_OP, changes, any_row ->> 'scope_path');
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION app.enable_audit(tbl regclass, key_columns text DEFAULT 'id', VARIADIC excluded text[] DEFAULT ARRAY[]::text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  args text := quote_literal(key_columns);
  col text;
BEGIN
  FOREACH col IN ARRAY excluded LOOP
    args := args || ', ' || quote_literal(col);
  END LOOP;
  EXECUTE format('DROP TRIGGER IF EXISTS audit_row ON %s', tbl);
  EXECUTE format('CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION app.audit_row(%s)', tbl, args);
END $$;

-- The history of one record, only when the caller can see that record now (row-level security of
-- the record's own table decides), so history follows what the scope allows.
CREATE OR REPLACE FUNCTION app.record_history(tbl regclass, record_id bigint)
RETURNS SETOF public.audit_log
LANGUAGE plpgsql STABLE AS $$
DECLARE
  visible boolean;
BEGIN
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE id = $1)', tbl) INTO visible USING record_id;
  IF NOT visible THEN
    RETURN;
  END IF;
  RETURN QUERY SELECT a.* FROM public.audit_log a
    WHERE a.table_name = (SELECT c.relname FROM pg_class c WHERE c.oid = tbl) AND a.row_key = record_id::text
    ORDER BY a.id;
END $$;
