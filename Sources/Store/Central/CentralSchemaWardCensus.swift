extension CentralSchema {
  /// The nursing home's census is shared by its workstations. The wards and beds are set up
  /// once, on the server, by the operator (`workstation central ward`); each workstation of
  /// the organisation fetches them when their version changes, so every terminal names the same
  /// bed by the same id. A bed taken out of use is kept (stays were in it) but no longer set up. Each change of a stay (admission, transfer, discharge) travels as an
  /// entry of the record naming the stay and the bed; see `StaySync` for how workstations put
  /// them in the server's order, and what they show when two stays end up in one bed.
  static let v20 = #"""
    SET LOCAL ROLE ws_owner;
    CREATE TABLE core.ward(
      id bigserial PRIMARY KEY, uid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
      organisation_id bigint NOT NULL REFERENCES core.organisation(id),
      -- Shown as a heading of the census: a line's worth, no control characters.
      name text NOT NULL CHECK (name <> '' AND length(name) <= 60 AND name !~ '[[:cntrl:]]'),
      municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{4}$'),
      UNIQUE (organisation_id, name));
    CREATE TABLE core.bed(
      id bigserial PRIMARY KEY, uid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
      ward_id bigint NOT NULL REFERENCES core.ward(id),
      -- Room and bed as the ward names them ("101 A"): the census gives it six columns.
      label text NOT NULL CHECK (label <> '' AND length(label) <= 6 AND label !~ '[[:cntrl:]]'),
      stay_type text NOT NULL CHECK (stay_type IN ('long-term', 'short-term', 'rehabilitation', 'respite', 'municipal-acute')),
      -- Taken out of use: kept, since stays were in it, but no longer set up.
      retired_at timestamptz,
      UNIQUE (ward_id, label));
    -- Bumped by every change of an organisation's wards: what a workstation compares each round.
    ALTER TABLE core.organisation ADD COLUMN ward_version bigint NOT NULL DEFAULT 0;

    CREATE FUNCTION api.ward_version() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        RETURN (SELECT o.ward_version FROM core.organisation o WHERE o.id = core.current_organisation());
      END $f$;
    CREATE FUNCTION api.wards()
      RETURNS TABLE(ward uuid, ward_name text, municipality text, bed uuid, label text, stay_type text)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        RETURN QUERY SELECT w.uid, w.name, w.municipality_code, b.uid, b.label, b.stay_type
          FROM core.ward w JOIN core.bed b ON b.ward_id = w.id
          WHERE w.organisation_id = core.current_organisation() AND b.retired_at IS NULL ORDER BY w.id, b.id;
      END $f$;

    \#(entryKinds(["note", "note-in-error", "cave", "case-step", "demographics", "dose", "triage", "stay"]))
    \#(stayCheck("CREATE", changes: ["admit", "transfer", "discharge"], unknownChange: "a change of a stay is an admission, a transfer or a discharge"))
    \#(applyEntryFunction(oneByOne + [doseEntry, triageEntry, ("stay", "core.record_stay(p_op, p_identifier, p_payload, p_hpr)")]))
    \#(pushFunction(
      create: "CREATE OR REPLACE", alsoFirst: reopening, alsoOwnKinds: ["care-relation-end", "dose", "triage", "stay"],
      alsoLast: doses + triageChanges + stayChanges + ending))
    RESET ROLE;
    REVOKE ALL ON FUNCTION core.record_stay(uuid, text, jsonb, text) FROM PUBLIC;
    REVOKE ALL ON FUNCTION api.ward_version() FROM PUBLIC;
    REVOKE ALL ON FUNCTION api.wards() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.ward_version() TO ws_client;
    GRANT EXECUTE ON FUNCTION api.wards() TO ws_client;
    """#

  private static let stayChanges = """

            -- Changes of stays, in the order made; a discharge before the relation it ends.
            RETURN QUERY SELECT * FROM core.push_each(v_hpr, 'stay');
    """

  /// The check of one change of a stay, and its keeping as an entry of the record: `changes`
  /// are the changes it takes.
  static func stayCheck(_ create: String, changes: [String], unknownChange: String) -> String {
    #"""
    \#(changeCheck(
      "record_stay", id: "stay", noId: "a change of a stay names the stay", changes: changes, unknownChange: unknownChange,
      create: create))
        -- A bed of the user's own organisation: no one admits to another home's beds.
        IF v_change IN ('admit', 'transfer') AND NOT EXISTS (SELECT 1 FROM core.bed b JOIN core.ward w ON w.id = b.ward_id
            WHERE b.uid::text = p_payload->>'bed' AND w.organisation_id = core.current_organisation()) THEN
          RETURN 'no such bed in this organisation';
        END IF;
        IF v_change IN ('admit', 'transfer') AND EXISTS (SELECT 1 FROM core.bed b
            WHERE b.uid::text = p_payload->>'bed' AND b.retired_at IS NOT NULL) THEN
          RETURN 'the bed is out of use';
        END IF;
        IF v_change = 'admit' AND coalesce(p_payload->>'type', '')
            NOT IN ('long-term', 'short-term', 'rehabilitation', 'respite', 'municipal-acute') THEN
          RETURN 'unknown kind of stay';
        END IF;
        IF v_change = 'discharge' AND coalesce(p_payload->>'destination', '')
            NOT IN ('home', 'home-with-services', 'hospital', 'other-institution', 'deceased') THEN
          RETURN 'unknown destination of a discharge';
        END IF;
        IF coalesce(p_payload->>'by', '') = '' OR p_payload->>'at' IS NULL THEN
          RETURN 'a change of a stay names who made it and when';
        END IF;
        BEGIN
          PERFORM (p_payload->>'at')::timestamptz, (p_payload->>'on')::date, (p_payload->>'expected')::date;
        EXCEPTION WHEN others THEN
          RETURN 'a change of a stay names who made it and when';
        END;
        IF v_change IN ('admit', 'discharge') AND p_payload->>'on' IS NULL THEN
          RETURN 'an admission or a discharge names its day';
        END IF;
        SELECT p.id INTO v_patient FROM core.patient p WHERE p.identifier = p_identifier;
        IF v_patient IS NULL THEN RETURN 'no care relation with this patient'; END IF;
        INSERT INTO core.clinical_entry(op_id, patient_id, kind, payload, pushed_by) VALUES (p_op, v_patient, 'stay', p_payload, p_hpr);
        RETURN NULL;
      END $f$;
    """#
  }
}
