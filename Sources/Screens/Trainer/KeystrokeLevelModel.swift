/// Keystroke-Level Model operator times (Card, Moran and Newell 1980): the estimate a trainer
/// shows beside what the trainee actually took.
public enum KeystrokeLevelModel {
  /// K: one key press by an average skilled typist.
  public static let key = 0.28
  /// M: mental preparation for a step.
  public static let mental = 1.35
  /// P: pointing with a mouse at a target on screen.
  public static let point = 1.1
  /// H: moving a hand between keyboard and mouse.
  public static let homing = 0.4
  /// B·2: pressing and releasing a mouse button.
  public static let click = 0.2

  /// Seconds for `keys` key presses and `mentalSteps` mental steps at the keyboard.
  public static func keyboard(keys: Int, mentalSteps: Int) -> Double {
    Double(keys) * key + Double(mentalSteps) * mental
  }

  /// Seconds for the same task with a mouse.
  public static func mouse(_ m: MouseOperators) -> Double {
    Double(m.points) * point + Double(m.clicks) * click + Double(m.homings) * homing
      + Double(m.keys) * key + Double(m.mentalSteps) * mental
  }
}
