extension CentralSchema {
  /// First sync looks up the GP offices of the organisation's patients in one statement. Since
  /// migration 27 it called `core.gp_office_of` once per patient, a function whose plan is
  /// started afresh on every call: a fifth of the server's time in a first sync of 100,000
  /// patients. The offices come from the same relations, past row-level security as before,
  /// and only for the patients of the organisation whose first sync asks (the caller's, given
  /// by `first_sync_patients`, which only `ws_owner` may call it for).
  static let v30 = #"""
    CREATE FUNCTION core.gp_offices_in_care_of(p_organisation bigint) RETURNS TABLE(patient_id bigint, office text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $f$
      SELECT DISTINCT ON (r.patient_id) r.patient_id, o.name
      FROM core.care_relation r JOIN core.organisation o ON o.id = r.organisation_id
      WHERE r.kind = 'gp-list' AND r.valid_from <= now() AND (r.valid_to IS NULL OR r.valid_to > now())
        AND r.patient_id IN (SELECT mine.patient_id FROM core.care_relation mine WHERE mine.organisation_id = p_organisation
          AND mine.valid_from <= now() AND (mine.valid_to IS NULL OR mine.valid_to > now()))
      ORDER BY r.patient_id, r.valid_from DESC $f$;
    ALTER FUNCTION core.gp_offices_in_care_of(bigint) OWNER TO ws_lookup;
    REVOKE ALL ON FUNCTION core.gp_offices_in_care_of(bigint) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION core.gp_offices_in_care_of(bigint) TO ws_owner;
    SET LOCAL ROLE ws_owner;
    CREATE OR REPLACE FUNCTION api.first_sync_patients()
      RETURNS TABLE(identifier text, given text, family text, birth_date date, sex text, municipality_code text, gp_office text)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        RETURN QUERY SELECT p.identifier, p.given, p.family, p.birth_date, p.sex, p.municipality_code, g.office
          FROM core.patient p LEFT JOIN core.gp_offices_in_care_of(core.current_organisation()) g ON g.patient_id = p.id
          WHERE core.in_organisation_care(p.id) ORDER BY p.id;
      END $f$;
    RESET ROLE;
    """#
}
