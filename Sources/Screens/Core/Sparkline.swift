/// A trend in one line of block characters, oldest to newest, scaled between the lowest and
/// highest value shown.
public enum Sparkline {
  private static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  public static func render(_ values: [Int]) -> String {
    guard let low = values.min(), let high = values.max() else { return "" }
    let span = max(1, high - low)
    return String(values.map { blocks[($0 - low) * (blocks.count - 1) / span] })
  }
}
