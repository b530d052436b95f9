extension CentralSchema {
  /// A decision changed on reconsideration or appeal is decided again, so the place it granted
  /// is no longer granted: the offer ends at every home until the new decision's letter. Before,
  /// the patient stayed on every list while the case was back with the case officer, and a home
  /// could admit on a decision no longer in force; and the new letter, on the same case, made no
  /// offer at all. Now a letter granting a place again (perhaps of another kind, on a new
  /// assessed need) offers it again on the same case, waiting from that letter's date as the
  /// case officer's own list does; a refusal offers nothing. An offer a home has taken is left as it is: the service has
  /// started there, and ending it is the case officer's step.
  static let v25 = #"""
    SET LOCAL ROLE ws_owner;
    DROP POLICY offers_ended_by_municipality ON core.place_offer;
    CREATE POLICY offers_ended_by_municipality ON core.place_offer FOR UPDATE
      USING (municipality_code = \#(ownOrganisation("municipality_code")) AND \#(ownOrganisation("kind")) = 'municipality')
      WITH CHECK ((ended_by IS NULL OR ended_by = (SELECT core.current_organisation())) AND taken_by IS NULL
        AND \#(ownOrganisation("kind")) = 'municipality');
    \#(placeOffersFollow(
      create: "CREATE OR REPLACE FUNCTION",
      onConflict: """
        DO UPDATE SET stay_type = excluded.stay_type, need_tenths = excluded.need_tenths, since = excluded.since,
                    ended_at = NULL, ended_by = NULL, seq = excluded.seq
                  WHERE place_offer.taken_at IS NULL AND place_offer.ended_at IS NOT NULL
        """,
      endingSteps: "IN ('end-service', 'reconsider-changed', 'appeal-changed', 'appeal-quashed')"))
    RESET ROLE;
    """#
}
