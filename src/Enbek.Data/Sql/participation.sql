-- Applications and social contracts: numbers without gaps, and the case file's view of a person's
-- participation records that stayed with the center that made them.

-- One counter per center, kind of document and year. The row is locked until the inserting
-- transaction ends, so two clerks never get one number, and a rolled-back insert gives its number back.
CREATE TABLE IF NOT EXISTS app.document_counters (
  center_id bigint NOT NULL,
  kind text NOT NULL,
  year integer NOT NULL,
  last_number integer NOT NULL,
  PRIMARY KEY (center_id, kind, year)
);

CREATE OR REPLACE FUNCTION app.next_document_number(for_center bigint, document_kind text, for_year integer)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  n integer;
BEGIN
  INSERT INTO app.document_counters AS c (center_id, kind, year, last_number)
  VALUES (for_center, document_kind, for_year, 1)
  ON CONFLICT (center_id, kind, year) DO UPDATE SET last_number = c.last_number + 1
  RETURNING c.last_number INTO n;
  RETURN for_year::text || '-' || lpad(n::text, 5, '0');
END $$;

-- Numbers a new application or contract in its center's series for the year of the date named in
-- the trigger's second argument; the numbering center is the inserting one, never a form's value.
CREATE OR REPLACE FUNCTION app.number_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.issued_by_center_id := NEW.center_id;
  NEW.number := app.next_document_number(NEW.center_id, TG_ARGV[0],
    extract(year FROM (to_jsonb(NEW) ->> TG_ARGV[1])::date)::integer);
  RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS number_document ON public.programme_applications;
CREATE TRIGGER number_document BEFORE INSERT ON public.programme_applications
  FOR EACH ROW EXECUTE FUNCTION app.number_document('Application', 'applied_on');
DROP TRIGGER IF EXISTS number_document ON public.social_contracts;
CREATE TRIGGER number_document BEFORE INSERT ON public.social_contracts
  FOR EACH ROW EXECUTE FUNCTION app.number_document('SocialContract', 'signed_on');

-- A person's applications as the case file shows them: those the caller's scope reads, and — when
-- the caller's center holds the person now — also the closed ones that stayed with an earlier center.
CREATE OR REPLACE FUNCTION app.person_applications(person bigint)
RETURNS TABLE (id bigint, number text, center_id bigint, applied_on date, category text, requested_measures text[],
  decision text, decided_on date, decided_by_name text, refusal_reason text, refusal_text text, is_voided boolean, void_reason text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT a.id, a.number::text, a.center_id, a.applied_on, a.category::text, a.requested_measures::text[],
    a.decision::text, a.decided_on, a.decided_by_name::text, a.refusal_reason::text, a.refusal_text::text, a.is_voided, a.void_reason::text
  FROM public.programme_applications a
  WHERE a.person_id = person
    AND (starts_with(a.scope_path, app.read_path())
      OR EXISTS (SELECT 1 FROM public.persons p WHERE p.id = person AND p.center_id = app.current_org_id()))
$$;

CREATE OR REPLACE FUNCTION app.person_contracts(person bigint)
RETURNS TABLE (id bigint, number text, center_id bigint, application_id bigint, signed_on date, term_start date, term_end date,
  status text, in_force_on date, completed_on date, terminated_on date, termination_reason text, measures text[], employer_name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT c.id, c.number::text, c.center_id, c.application_id, c.signed_on, c.term_start, c.term_end,
    c.status::text, c.in_force_on, c.completed_on, c.terminated_on, c.termination_reason::text, c.measures::text[], e.name::text
  FROM public.social_contracts c
  LEFT JOIN public.employers e ON e.id = c.employer_id
  WHERE c.person_id = person
    AND (starts_with(c.scope_path, app.read_path())
      OR EXISTS (SELECT 1 FROM public.persons p WHERE p.id = person AND p.center_id = app.current_org_id()))
$$;
