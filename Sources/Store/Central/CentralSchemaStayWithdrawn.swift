extension CentralSchema {
  /// One patient admitted at two workstations at once is two stays, and only one of them is a
  /// stay: the other is withdrawn (`withdraw`), not discharged, so the record shows no discharge
  /// that never happened and the statistics count no stay that never was.
  static let v22 = #"""
    SET LOCAL ROLE ws_owner;
    \#(stayCheck(
      "CREATE OR REPLACE", changes: ["admit", "transfer", "discharge", "withdraw"],
      unknownChange: "a change of a stay is an admission, a transfer, a discharge or the withdrawal of an admission made twice"))
    RESET ROLE;
    """#
}
