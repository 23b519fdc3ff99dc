/// Why a figure cannot be drawn or a value cannot be used in one.
///
/// Each case reads as a sentence the notebook can show under the block that made the figure.
public enum FigureError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The figure has no series at all.
  case noSeries
  /// A series was given no points; the index counts from 0.
  case emptySeries(index: Int, label: String?)
  /// A series has different numbers of x and y values.
  case mismatchedLengths(index: Int, label: String?, xCount: Int, yCount: Int)
  /// Every value is NaN or infinite (or not positive on a log axis), so nothing can be placed.
  case noFiniteData(axis: String)
  /// A colour name that is neither CSS, matplotlib nor `#rrggbb`.
  case unknownColor(String)
  /// A function plot's range is empty, reversed or not finite.
  case invalidRange(from: Double, to: Double)
  /// Fixed limits that are empty or not finite, or not positive on a log axis.
  case invalidLimits(axis: String, lower: Double, upper: Double)

  /// The message to show the notebook's reader.
  public var description: String {
    switch self {
    case .noSeries:
      return "the figure has no data: call plot(...) or scatter(...) before show()"
    case .emptySeries(let index, let label):
      return "\(Self.name(index, label)) has no points"
    case .mismatchedLengths(let index, let label, let xCount, let yCount):
      return "\(Self.name(index, label)) has \(xCount) x values but \(yCount) y values"
    case .noFiniteData(let axis):
      return "no \(axis) value can be drawn: all are NaN, infinite or outside the axis scale"
    case .unknownColor(let name):
      return
        "unknown colour \"\(name)\": use a CSS name like \"orange\", a matplotlib letter (b g r c m y k w), "
        + "\"tab:blue\", \"C0\"...\"C9\" or \"#rrggbb\""
    case .invalidRange(let from, let to):
      return "cannot sample a function from \(from) to \(to): the range must be finite and from < to"
    case .invalidLimits(let axis, let lower, let upper):
      return "invalid \(axis) limits \(lower)...\(upper)"
    }
  }

  private static func name(_ index: Int, _ label: String?) -> String {
    if let label { return "series \(index) (\"\(label)\")" }
    return "series \(index)"
  }
}
