-- The distinct words of the people's name keys (PersonNameKey: upper case, Kazakh letters folded),
-- kept by triggers on persons for every way a person is written (registration, import, a corrected
-- name, set-up). The name search turns each typed word into the dictionary words it begins (or, for
-- similar spellings, resembles) and then asks for people having one of those words, which an index
-- answers exactly. The table holds words only: no person, center, date or count. Words are never
-- removed: a word nobody has any more only leads the search to an empty index lookup.
CREATE OR REPLACE FUNCTION app.keep_person_name_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- in word order, so that two loads adding the same new words wait for each other instead of deadlocking
  IF TG_OP = 'INSERT' THEN
    INSERT INTO public.person_name_words (word)
    SELECT DISTINCT w FROM new_rows n, unnest(string_to_array(n.name_key, ' ')) AS w ORDER BY w
    ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO public.person_name_words (word)
    SELECT DISTINCT w FROM new_rows n JOIN old_rows o ON o.id = n.id, unnest(string_to_array(n.name_key, ' ')) AS w
    WHERE n.name_key IS DISTINCT FROM o.name_key ORDER BY w
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS keep_name_words_on_insert ON public.persons;
CREATE TRIGGER keep_name_words_on_insert AFTER INSERT ON public.persons
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.keep_person_name_words();
DROP TRIGGER IF EXISTS keep_name_words_on_update ON public.persons;
CREATE TRIGGER keep_name_words_on_update AFTER UPDATE ON public.persons
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.keep_person_name_words();

-- The people in the caller's read scope who have one of these words in their name key, when
-- PostgreSQL's statistics on the name's words (the index's most common words and their shares)
-- expect at most max_rows such people in the whole registry; else NULL: a common name, better found
-- by reading the list in name order. A narrow door through row-level security (SECURITY DEFINER,
-- the scope checked here as the policy checks it) answering ids only: under the policy the planner
-- may not use the index on the name's words (the array operator is not leakproof, so it may not run
-- before the policy's check), and a rare word would be looked for by reading every person in scope.
DROP FUNCTION IF EXISTS app.people_with_name_words(text[], integer);
CREATE FUNCTION app.people_with_name_words(words text[], max_rows integer)
RETURNS bigint[]
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  plan json;
  ids bigint[];
BEGIN
  EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM public.persons p WHERE string_to_array(p.name_key, '' '') && %L::text[]', words)
    INTO plan;
  IF (plan -> 0 -> 'Plan' ->> 'Plan Rows')::numeric > max_rows THEN
    RETURN NULL;
  END IF;
  SELECT array_agg(p.id) INTO ids FROM public.persons p
  WHERE string_to_array(p.name_key, ' ') && words AND starts_with(p.scope_path, (SELECT app.read_path()));
  RETURN coalesce(ids, '{}');
END $$;
