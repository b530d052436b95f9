/// A rectangle of cells, origin at the top left.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  public var maxY: Int { y + height }
}

/// A terminal size in cells.
public struct Size: Hashable, Sendable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// The smallest size every screen is designed for.
  public static let minimum = Size(width: 80, height: 24)
  public var isUsable: Bool { width >= Size.minimum.width && height >= Size.minimum.height }
}
