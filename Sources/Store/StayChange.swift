import Clinical

/// What one change of a stay did: began it in a bed, moved it to another, ended it, or withdrew
/// it (the patient was admitted twice at once; this admission is not a stay).
enum StayChange {
  case admit(bedID: Int64, type: StayType, on: CivilDate, expectedDischarge: CivilDate?)
  case transfer(bedID: Int64)
  case discharge(on: CivilDate, destination: DischargeDestination)
  case withdraw

  var name: String {
    switch self {
    case .admit: return "admit"
    case .transfer: return "transfer"
    case .discharge: return "discharge"
    case .withdraw: return "withdraw"
    }
  }

  var bedID: Int64? {
    switch self {
    case .admit(let bed, _, _, _), .transfer(let bed): return bed
    case .discharge, .withdraw: return nil
    }
  }
}
