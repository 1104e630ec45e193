-- Generic triggers write an audit row for every inserted, updated or deleted domain row, in the
-- same transaction, so EF saves, set-based imports and raw SQL are audited alike. They fire once per
-- statement and read its transition tables (the rows as they were and as they are), so a statement
-- that changes 100,000 rows writes its 100,000 audit rows with one INSERT … SELECT rather than by
-- running a function 100,000 times.
-- Trigger arguments: the key column(s), comma-separated; then columns never to record (secrets).
-- An audit row holds: when, the session's user and organisation, the table, the row's key (the key
-- columns' values joined by ','), the action, every recorded column whose value differs between the
-- old and the new row as {"old": …, "new": …} (JSON nulls left out), and the row's scope path.
-- An update that changes nothing worth recording writes no row. The old and new rows of an update are
-- paired by their key; an update that changes a key records the row as it was and as it is apart.
CREATE OR REPLACE FUNCTION app.audit_statement() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  excluded text[] := CASE WHEN TG_NARGS > 1 THEN TG_ARGV[1:TG_NARGS - 1] ELSE ARRAY[]::text[] END;
  -- the key of a row as an expression of %1$s, the row as jsonb
  key_of text := 'concat_ws('','''
    || (SELECT string_agg(format(', %%1$s ->> %L', trim(c.name)), '' ORDER BY c.position)
        FROM unnest(string_to_array(TG_ARGV[0], ',')) WITH ORDINALITY AS c(name, position))
    || ')';
  pairs text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT NULL::jsonb AS o, to_jsonb(r) AS n FROM new_rows r'
    WHEN 'DELETE' THEN 'SELECT to_jsonb(r) AS o, NULL::jsonb AS n FROM old_rows r'
    ELSE format('SELECT o.r AS o, n.r AS n FROM (SELECT to_jsonb(r) AS r FROM old_rows r) o '
      || 'FULL JOIN (SELECT to_jsonb(r) AS r FROM new_rows r) n ON %s = %s', format(key_of, 'o.r'), format(key_of, 'n.r'))
  END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO public.audit_log (at, user_id, organisation_id, table_name, row_key, action, changes, scope_path)
    SELECT now(), $1, $2, $3, %s, $4, c.changes, coalesce(p.n, p.o) ->> 'scope_path'
    FROM (%s OFFSET 0) p -- OFFSET 0: each row made jsonb once, not at every use below
    CROSS JOIN LATERAL (
      SELECT jsonb_object_agg(k.key, jsonb_strip_nulls(jsonb_build_object('old', p.o -> k.key, 'new', p.n -> k.key))) AS changes
      FROM jsonb_object_keys(coalesce(p.n, p.o)) AS k(key)
      WHERE NOT k.key = ANY ($5) AND (p.o -> k.key) IS DISTINCT FROM (p.n -> k.key)) c
    WHERE c.changes IS NOT NULL
    $sql$, format(key_of, 'coalesce(p.n, p.o)'), pairs)
  USING app.current_user_id(), app.current_org_id(), TG_TABLE_NAME::text, TG_OP, excluded;
  RETURN NULL;
END $$;

-- Installs the statement-level audit triggers of a table (one per action: a trigger over transition
-- tables fires on one kind of statement) and removes the per-row trigger of older installations.
-- Every migration that creates a domain table calls it.
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
  EXECUTE format('CREATE OR REPLACE TRIGGER audit_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
    || 'FOR EACH STATEMENT EXECUTE FUNCTION app.audit_statement(%s)', tbl, args);
  EXECUTE format('CREATE OR REPLACE TRIGGER audit_update AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
    || 'FOR EACH STATEMENT EXECUTE FUNCTION app.audit_statement(%s)', tbl, args);
  EXECUTE format('CREATE OR REPLACE TRIGGER audit_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows '
    || 'FOR EACH STATEMENT EXECUTE FUNCTION app.audit_statement(%s)', tbl, args);
END $$;

-- Moves every table still audited by the per-row trigger of older installations (app.audit_row) to
-- the statement-level triggers, with the same key and excluded columns, whichever migration created
-- the table; then removes the per-row function. Run by the StatementLevelAudit migration.
CREATE OR REPLACE FUNCTION app.upgrade_row_audit() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  t record;
  args text[];
  moved integer := 0;
BEGIN
  FOR t IN
    SELECT tg.tgrelid::regclass AS tbl, tg.tgnargs, encode(tg.tgargs, 'escape') AS raw
    FROM pg_trigger tg JOIN pg_proc f ON f.oid = tg.tgfoid JOIN pg_namespace n ON n.oid = f.pronamespace
    WHERE n.nspname = 'app' AND f.proname = 'audit_row' AND NOT tg.tgisinternal
    ORDER BY tg.tgrelid
  LOOP
    -- tgargs holds the arguments, each ended by a zero byte (written '\000' by encode)
    args := (string_to_array(t.raw, '\000'))[1:t.tgnargs];
    PERFORM app.enable_audit(t.tbl, coalesce(args[1], 'id'), VARIADIC coalesce(args[2:], ARRAY[]::text[]));
    moved := moved + 1;
  END LOOP;
  DROP FUNCTION IF EXISTS app.audit_row();
  RETURN moved;
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
