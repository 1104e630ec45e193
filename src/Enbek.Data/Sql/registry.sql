-- The registry's narrow doors through row-level security. Each is SECURITY DEFINER (it runs as the
-- owner, who sees every row), checks the caller's organisation itself, and answers or changes no
-- more than its purpose needs.

-- Which center holds the person with this IIN, and since when; nothing else about the person.
-- A clerk who types an IIN held elsewhere learns where to ask for a transfer.
CREATE OR REPLACE FUNCTION app.person_holder(person_iin text)
RETURNS TABLE (person_id bigint, center_id bigint, held_since date)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT p.id, p.center_id, p.held_since
  FROM public.persons p
  WHERE p.iin = person_iin AND NOT p.is_voided AND app.current_org_id() IS NOT NULL
$$;

-- The same answer for many IINs at once (a file of people): one statement, not one call per IIN.
CREATE OR REPLACE FUNCTION app.person_holders(person_iins text[])
RETURNS TABLE (iin text, person_id bigint, center_id bigint, held_since date)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT p.iin, p.id, p.center_id, p.held_since
  FROM (SELECT DISTINCT a.iin FROM unnest(person_iins) AS a(iin)) AS asked
  JOIN public.persons p ON p.iin = asked.iin COLLATE "C"
  WHERE NOT p.is_voided AND app.current_org_id() IS NOT NULL
$$;

-- The holding center accepts a transfer request: the person and their open items move to the
-- requesting center. Only the addressee of a pending request may do it, and only while it still
-- holds the person.
CREATE OR REPLACE FUNCTION app.accept_person_transfer(transfer_id bigint, answered_by text, accepted_on date)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  t public.person_transfers%ROWTYPE;
BEGIN
  SELECT * INTO t FROM public.person_transfers WHERE id = transfer_id FOR UPDATE;
  IF NOT FOUND OR t.addressee_id IS DISTINCT FROM app.current_org_id() THEN
    RAISE EXCEPTION 'transfer request % not found', transfer_id USING ERRCODE = 'no_data_found';
  END IF;
  IF t.status <> 'Pending' THEN
    RAISE EXCEPTION 'transfer request % is already answered', transfer_id USING ERRCODE = 'check_violation';
  END IF;

  UPDATE public.persons SET center_id = t.center_id, held_since = accepted_on
  WHERE id = t.person_id AND center_id = t.addressee_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'the person of transfer request % is no longer held by the answering center', transfer_id
      USING ERRCODE = 'check_violation';
  END IF;
  UPDATE public.employment_status_changes SET center_id = t.center_id WHERE person_id = t.person_id;
  UPDATE public.family_members SET center_id = t.center_id WHERE person_id = t.person_id;
  UPDATE public.person_documents SET center_id = t.center_id WHERE person_id = t.person_id;

  -- Open participation moves: contracts signed or in force, undecided applications, and included
  -- ones whose contract is not closed. Refused or voided applications and completed or terminated
  -- contracts stay with the center that made them, so its counts do not change after the fact; the
  -- case file shows them to the new center through app.person_applications / app.person_contracts.
  UPDATE public.social_contracts SET center_id = t.center_id
  WHERE person_id = t.person_id AND center_id = t.addressee_id AND status IN ('Signed', 'InForce');
  UPDATE public.programme_applications a SET center_id = t.center_id
  WHERE a.person_id = t.person_id AND a.center_id = t.addressee_id AND NOT a.is_voided
    AND (a.decision = 'Pending'
      OR (a.decision = 'Included' AND NOT EXISTS (
        SELECT 1 FROM public.social_contracts c WHERE c.application_id = a.id AND c.status IN ('Completed', 'Terminated'))));

  UPDATE public.person_transfers
  SET status = 'Accepted', answered_at = now(), answered_by_name = answered_by
  WHERE id = transfer_id;
END $$;
