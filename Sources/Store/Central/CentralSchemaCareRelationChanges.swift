extension CentralSchema {
  /// A care relation begun is a change in the organisation's numbering, which pull delivers: a
  /// workstation then fetches the patient's whole record, so what other organisations wrote
  /// before follows the patient (a legevakt visit brings the GP's medication list; a patient
  /// added to a GP list after the office's first sync arrives). Relations from before are
  /// numbered 0: the workstations that synced them have them.
  ///
  /// Relations are made by pushes, by registering a patient and by loading a GP list. Each takes
  /// the lock pushes take before its number is drawn, so numbers follow commit order there too
  /// and a pull never passes one that is not yet committed.
  ///
  /// Registering a patient by the API follows the push's rule: a patient the server knows (whom
  /// the organisation could not see) gets the relation, not a second registration.
  static let v15 = #"""
    SET LOCAL ROLE ws_owner;
    ALTER TABLE core.care_relation ADD COLUMN seq bigint NOT NULL DEFAULT 0;
    ALTER TABLE core.care_relation ALTER COLUMN seq SET DEFAULT nextval('core.change_seq');
    CREATE INDEX care_relation_by_seq ON core.care_relation(seq);
    CREATE FUNCTION core.numbered_in_commit_order() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN PERFORM pg_advisory_xact_lock(20261128); RETURN NULL; END $f$;
    CREATE TRIGGER care_relation_numbered BEFORE INSERT ON core.care_relation
      FOR EACH STATEMENT EXECUTE FUNCTION core.numbered_in_commit_order();
    \#(pullFunction(alsoUnion: careRelationBranch))
    CREATE OR REPLACE FUNCTION api.register_patient(p_identifier text, p_given text, p_family text, p_birth date, p_relation text)
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $f$
      DECLARE v_reason text;
      BEGIN
        PERFORM core.require_user();
        v_reason := core.relate(p_identifier,
          jsonb_build_object('relation', p_relation, 'given', p_given, 'family', p_family, 'birthDate', p_birth));
        IF v_reason IS NOT NULL THEN RAISE EXCEPTION '%', v_reason USING ERRCODE = '22023'; END IF;
      END $f$;
    \#(changeCursorFunction(create: "CREATE OR REPLACE FUNCTION", alsoMaxima: """
      ,
            (SELECT coalesce(max(seq), 0) FROM core.care_relation)
      """))
    RESET ROLE;
    """#

  /// The organisation's own new relations (row-level security shows no other): no operation
  /// is behind them, so the operation id is null.
  private static let careRelationBranch = """

                UNION ALL
                (SELECT r.seq, 'care-relation'::text, r.patient_id, NULL::uuid, jsonb_build_object('relation', r.kind)
                  FROM core.care_relation r WHERE r.seq > p_after ORDER BY r.seq LIMIT v_limit)
    """
}
