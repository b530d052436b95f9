extension CentralSchema {
  /// The patient's sex and home municipality are changed at the terminal as the name is, and
  /// travel the same way: field by field, each change naming the change of the field it follows,
  /// a field changed in two places at once a conflict shown to the clinician. Before, only the
  /// name could be changed, so a walk-in's sex stayed unknown everywhere and a move reached no
  /// record. The push of name changes (migration 14) takes the two fields besides the name.
  static let v26 = #"""
    SET LOCAL ROLE ws_owner;
    ALTER TABLE core.demographic_head DROP CONSTRAINT demographic_head_field_check;
    ALTER TABLE core.demographic_head ADD CONSTRAINT demographic_head_field_check
      CHECK (field IN ('given', 'middle', 'family', 'sex', 'municipality'));
    \#(casesAndNamesPush(create: "CREATE OR REPLACE FUNCTION core.push_records", fields: .particulars))
    RESET ROLE;
    """#
}
