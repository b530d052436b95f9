/// The kinds of municipal institutional stay a bed is for.
public enum StayType: String, Hashable, Sendable, CaseIterable {
  case longTerm = "long-term"
  case shortTerm = "short-term"
  case rehabilitation
  case respite
  /// Kommunal akutt døgnenhet (KAD): the municipality's acute beds.
  case municipalAcute = "municipal-acute"
}

/// Where a stay ends.
public enum DischargeDestination: String, Hashable, Sendable, CaseIterable {
  case home
  case homeWithServices = "home-with-services"
  case hospital
  case otherInstitution = "other-institution"
  case deceased
}
