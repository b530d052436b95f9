/// What the push makes of a change of the patient's particulars (`CentralSchema.casesAndNamesPush`):
/// the fields a change may name, what makes a value unfit, and how a field taken writes the
/// patient's row. Each is SQL inside the push's loop, where `f` is one field of the change,
/// `v_field` and `v_change` the field taken and `v_patient` the patient.
struct DemographicFieldsSQL {
  /// The fields, as an SQL list of strings.
  let sqlList: String
  let unknownFieldReason: String
  let badValue: String
  let badValueReason: String
  let patientUpdates: String

  /// The name, field by field (migration 14).
  static let names = DemographicFieldsSQL(
    sqlList: "'given', 'middle', 'family'",
    unknownFieldReason: "a name change names its fields: given, middle, family",
    badValue: "(f.key <> 'middle' AND coalesce(f.value->>'to', '') = '') OR length(coalesce(f.value->>'to', '')) > 100",
    badValueReason: "a name change gives each field a value of at most 100 characters and the change it follows",
    patientUpdates: """
                    IF v_field = 'given' THEN
                      UPDATE core.patient SET given = v_change->>'to' WHERE id = v_patient;
                    ELSIF v_field = 'family' THEN
                      UPDATE core.patient SET family = v_change->>'to' WHERE id = v_patient;
                    END IF;
      """)

  /// The name, the sex and the home municipality (migration 26). Sex and municipality may be
  /// made unknown (an empty value); a sex is F or M, a municipality four digits.
  static let particulars = DemographicFieldsSQL(
    sqlList: "'given', 'middle', 'family', 'sex', 'municipality'",
    unknownFieldReason: "a change of the particulars names its fields: given, middle, family, sex, municipality",
    badValue: """
      (f.key IN ('given', 'family') AND coalesce(f.value->>'to', '') = '') OR length(coalesce(f.value->>'to', '')) > 100
                      OR (f.key = 'sex' AND coalesce(f.value->>'to', '') NOT IN ('F', 'M', ''))
                      OR (f.key = 'municipality' AND coalesce(f.value->>'to', '') !~ '^([0-9]{4})?$')
      """,
    badValueReason:
      "a change of the particulars gives each field the change it follows and a value: a name of at most 100 characters, "
      + "a sex F or M, a municipality of four digits (empty: not known)",
    patientUpdates: """
                    IF v_field = 'given' THEN
                      UPDATE core.patient SET given = v_change->>'to' WHERE id = v_patient;
                    ELSIF v_field = 'family' THEN
                      UPDATE core.patient SET family = v_change->>'to' WHERE id = v_patient;
                    ELSIF v_field = 'sex' THEN
                      UPDATE core.patient SET sex = nullif(v_change->>'to', '') WHERE id = v_patient;
                    ELSIF v_field = 'municipality' THEN
                      UPDATE core.patient SET municipality_code = nullif(v_change->>'to', '') WHERE id = v_patient;
                    END IF;
      """)
}
