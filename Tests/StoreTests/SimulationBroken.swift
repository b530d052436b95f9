/// A simulated run that ended in a state the rules forbid: what was found, for the failure
/// message that names the seed.
struct SimulationBroken: Error, CustomStringConvertible {
  let description: String
}
