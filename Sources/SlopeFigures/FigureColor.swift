import Foundation

/// An sRGB colour a series is drawn in.
public struct FigureColor: Sendable, Equatable, Hashable {
  /// The red component, 0…255.
  public var red: UInt8
  /// The green component, 0…255.
  public var green: UInt8
  /// The blue component, 0…255.
  public var blue: UInt8

  /// Creates a colour from its sRGB components.
  public init(red: UInt8, green: UInt8, blue: UInt8) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  /// matplotlib's default colour cycle (tab10), which series without a colour take in order.
  public static let tab10: [FigureColor] = [
    0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf,
  ].map(FigureColor.init(rgb:))

  /// Reads a CSS colour name, a matplotlib one-letter name, `tab:<name>`, `C0`…`C9`, `#rrggbb` or `#rgb`.
  ///
  /// Names are case-insensitive, as in CSS and matplotlib.
  /// - Throws: ``FigureError/unknownColor(_:)`` naming the text that was given.
  public init(parsing text: String) throws(FigureError) {
    let name = text.lowercased()
    if name.hasPrefix("#") {
      guard let color = Self.hex(name.dropFirst()) else { throw .unknownColor(text) }
      self = color
    } else if let rgb = Self.matplotlibLetters[name] ?? Self.tableauNames[name] ?? Self.cssNames[name] {
      self.init(rgb: rgb)
    } else if name.count == 2, name.hasPrefix("c"), let digit = name.last?.wholeNumberValue {
      self = Self.tab10[digit]
    } else {
      throw .unknownColor(text)
    }
  }

  /// `#rrggbb` in lower case.
  public var hexString: String {
    let digits = Array("0123456789abcdef")
    var result = "#"
    for component in [red, green, blue] {
      result.append(digits[Int(component >> 4)])
      result.append(digits[Int(component & 0xf)])
    }
    return result
  }

  /// Relative luminance (WCAG), used to keep near-black lines readable on a dark background.
  var luminance: Double {
    func linear(_ component: UInt8) -> Double {
      let value = Double(component) / 255
      return value <= 0.039_28 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
  }

  init(rgb: Int) {
    self.init(red: UInt8((rgb >> 16) & 0xff), green: UInt8((rgb >> 8) & 0xff), blue: UInt8(rgb & 0xff))
  }

  private static func hex(_ digits: Substring) -> FigureColor? {
    guard digits.allSatisfy(\.isHexDigit) else { return nil }
    switch digits.count {
    case 6:
      return Int(digits, radix: 16).map(FigureColor.init(rgb:))
    case 3:
      // CSS shorthand: each digit is doubled, so #0f8 is #00ff88.
      guard let value = Int(digits, radix: 16) else { return nil }
      let red = (value >> 8) & 0xf
      let green = (value >> 4) & 0xf
      let blue = value & 0xf
      return FigureColor(rgb: (red * 17) << 16 | (green * 17) << 8 | blue * 17)
    default:
      return nil
    }
  }

  /// matplotlib's base colours; note `g`, `c`, `m` and `y` are not the CSS green, cyan, magenta and yellow.
  static let matplotlibLetters: [String: Int] = [
    "b": 0x0000ff, "g": 0x008000, "r": 0xff0000, "c": 0x00bfbf,
    "m": 0xbf00bf, "y": 0xbfbf00, "k": 0x000000, "w": 0xffffff,
  ]

  static let tableauNames: [String: Int] = [
    "tab:blue": 0x1f77b4, "tab:orange": 0xff7f0e, "tab:green": 0x2ca02c, "tab:red": 0xd62728,
    "tab:purple": 0x9467bd, "tab:brown": 0x8c564b, "tab:pink": 0xe377c2, "tab:gray": 0x7f7f7f,
    "tab:grey": 0x7f7f7f, "tab:olive": 0xbcbd22, "tab:cyan": 0x17becf,
  ]
}
