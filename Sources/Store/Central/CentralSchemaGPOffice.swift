extension CentralSchema {
  /// The GP office whose list the patient is on comes with the record. A legevakt or a nursing
  /// home that fetched a patient from the server saw "no GP registered", though the server knew
  /// the office, and it is where the legevakt sends word of the visit. An organisation sees only
  /// its own care relations, so the office is looked up past row-level security, by `ws_lookup`,
  /// for a patient the caller may already see.
  static let v27 = #"""
    GRANT SELECT (patient_id, organisation_id, kind, valid_from, valid_to) ON core.care_relation TO ws_lookup;
    CREATE FUNCTION core.gp_office_of(p bigint) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      SELECT o.name FROM core.care_relation r JOIN core.organisation o ON o.id = r.organisation_id
      WHERE r.patient_id = p AND r.kind = 'gp-list' AND r.valid_from <= now() AND (r.valid_to IS NULL OR r.valid_to > now())
      ORDER BY r.valid_from DESC LIMIT 1 $f$;
    ALTER FUNCTION core.gp_office_of(bigint) OWNER TO ws_lookup;
    REVOKE ALL ON FUNCTION core.gp_office_of(bigint) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION core.gp_office_of(bigint) TO ws_owner;
    SET LOCAL ROLE ws_owner;
    \#(patientRecordFunction(create: "CREATE OR REPLACE FUNCTION", patient: """
      jsonb_strip_nulls(jsonb_build_object('given', p.given, 'family', p.family, 'birthDate', p.birth_date,
                    'sex', p.sex, 'municipality', p.municipality_code, 'gpOffice', core.gp_office_of(p.id)))
      """))
    \#(firstSyncPatientsFunction(also: [
      ("sex", "text", "p.sex"), ("municipality_code", "text", "p.municipality_code"), ("gp_office", "text", "core.gp_office_of(p.id)"),
    ]))
    RESET ROLE;
    REVOKE ALL ON FUNCTION api.first_sync_patients() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.first_sync_patients() TO ws_client;
    """#
}
