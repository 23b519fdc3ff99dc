/// A grid of character cells drawn on at dot resolution: 2×4 braille dots a cell, or one glyph a cell.
struct TextCanvas {
  enum Kind {
    /// Braille patterns U+2800…U+28FF: every dot of every series merges into its cell's pattern.
    case braille
    /// One glyph per cell; a later series overwrites an earlier one.
    case glyphs
  }

  let kind: Kind
  let columns: Int
  let rows: Int
  /// Dots per cell horizontally and vertically.
  let dotsAcross: Int
  let dotsDown: Int
  private var brailleBits: [UInt8]
  private var glyphs: [Character?]
  /// The faint x = 0 and y = 0 lines, drawn under the data.
  private var axisGlyphs: [Character?]

  init(kind: Kind, columns: Int, rows: Int) {
    self.kind = kind
    self.columns = columns
    self.rows = rows
    dotsAcross = kind == .braille ? 2 : 1
    dotsDown = kind == .braille ? 4 : 1
    brailleBits = [UInt8](repeating: 0, count: columns * rows)
    glyphs = [Character?](repeating: nil, count: columns * rows)
    axisGlyphs = [Character?](repeating: nil, count: columns * rows)
  }

  var dotWidth: Int { columns * dotsAcross }
  var dotHeight: Int { rows * dotsDown }

  /// Braille dot numbering: bit for (column within cell, row within cell).
  private static let brailleBit: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

  mutating func setDot(_ x: Int, _ y: Int, glyph: Character) {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
    let cell = (y / dotsDown) * columns + x / dotsAcross
    switch kind {
    case .braille: brailleBits[cell] |= Self.brailleBit[y % dotsDown][x % dotsAcross]
    case .glyphs: glyphs[cell] = glyph
    }
  }

  /// A dot of the faint zero lines: braille dots merge with data, glyphs stay under it.
  mutating func setAxisDot(_ x: Int, _ y: Int, glyph: Character) {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
    switch kind {
    case .braille: setDot(x, y, glyph: glyph)
    case .glyphs: axisGlyphs[(y / dotsDown) * columns + x / dotsAcross] = glyph
    }
  }

  /// A straight line between two points in continuous dot coordinates, clipped to the canvas.
  /// `pattern` is on/off run lengths in dots (empty for solid); `phase` carries it across segments.
  mutating func drawLine(
    from start: SurfacePoint,
    to end: SurfacePoint,
    glyph: Character,
    pattern: [Int],
    phase: inout Int
  ) {
    let bounds = LegendPlacement.Rectangle(left: 0, top: 0, width: Double(dotWidth), height: Double(dotHeight))
    guard let (a, b) = Self.clip(start, end, to: bounds) else { return }
    var x0 = dotIndex(a.x, limit: dotWidth)
    var y0 = dotIndex(a.y, limit: dotHeight)
    let x1 = dotIndex(b.x, limit: dotWidth)
    let y1 = dotIndex(b.y, limit: dotHeight)
    let dx = abs(x1 - x0)
    let dy = -abs(y1 - y0)
    let stepX = x0 < x1 ? 1 : -1
    let stepY = y0 < y1 ? 1 : -1
    var error = dx + dy
    let period = pattern.isEmpty ? 0 : pattern.reduce(0, +)
    while true {
      if period == 0 || Self.isOn(phase % period, pattern) { setDot(x0, y0, glyph: glyph) }
      if x0 == x1 && y0 == y1 { break }
      phase += 1
      let doubled = 2 * error
      if doubled >= dy {
        error += dy
        x0 += stepX
      }
      if doubled <= dx {
        error += dx
        y0 += stepY
      }
    }
  }

  /// The dot containing a continuous coordinate; the far edge belongs to the last dot.
  func dotIndex(_ value: Double, limit: Int) -> Int {
    guard value.isFinite else { return value > 0 ? limit - 1 : 0 }
    return Swift.min(Swift.max(Int(Swift.min(Swift.max(value, -1), Double(limit)).rounded(.down)), 0), limit - 1)
  }

  private static func isOn(_ position: Int, _ pattern: [Int]) -> Bool {
    var remaining = position
    for (index, length) in pattern.enumerated() {
      if remaining < length { return index % 2 == 0 }
      remaining -= length
    }
    return true
  }

  /// The part of a segment inside a rectangle.
  private static func clip(
    _ a: SurfacePoint,
    _ b: SurfacePoint,
    to box: LegendPlacement.Rectangle
  )
    -> (SurfacePoint, SurfacePoint)?
  {
    guard
      let (low, high) = SegmentClipping.parameters(
        a,
        b,
        left: box.left,
        top: box.top,
        right: box.right,
        bottom: box.bottom
      )
    else { return nil }
    let dx = b.x - a.x
    let dy = b.y - a.y
    return (
      SurfacePoint(x: a.x + low * dx, y: a.y + low * dy),
      SurfacePoint(x: a.x + high * dx, y: a.y + high * dy)
    )
  }

  /// The characters of one row; empty cells are spaces (never U+2800).
  func row(_ index: Int) -> String {
    var text = ""
    for column in 0..<columns {
      let cell = index * columns + column
      switch kind {
      case .braille:
        let bits = brailleBits[cell]
        text.unicodeScalars.append(bits == 0 ? " " : Unicode.Scalar(0x2800 + UInt32(bits)) ?? " ")
      case .glyphs:
        text.append(glyphs[cell] ?? axisGlyphs[cell] ?? " ")
      }
    }
    return text
  }
}
