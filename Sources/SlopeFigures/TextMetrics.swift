/// Estimated advance widths of DejaVu Sans, so layout can make room for labels it cannot measure.
///
/// The renderer never sees the browser's fonts; these widths (in em) are close to DejaVu Sans and a
/// little generous for the fallbacks, so labels get slack rather than being clipped.
enum TextMetrics {
  static func width(_ text: String, fontSize: Double) -> Double {
    var ems = 0.0
    for character in text {
      ems += advance(character)
    }
    // 3% slack: a label a little short of its box looks fine, one running into the frame does not.
    return ems * fontSize * 1.03
  }

  private static func advance(_ character: Character) -> Double {
    if character.isNumber && character.isASCII { return 0.636 }
    switch character {
    case " ", ".", ",", ":", ";", "!", "|", "'": return 0.318
    case "i", "j", "l": return 0.278
    case "I": return 0.295
    case "f", "-": return 0.361
    case "t": return 0.392
    case "r": return 0.411
    case "(", ")", "[", "]", "{", "}", "/", "\\": return 0.39
    case "m": return 0.974
    case "w": return 0.818
    case "W": return 0.989
    case "M": return 0.863
    case "s", "z", "c": return 0.55
    case "\u{2212}", "+", "=", "<", ">", "^", "~", "×", "±", "÷", "#": return 0.838
    case "*", "_", "\"", "?": return 0.5
    case "&": return 0.78
    case "%", "@": return 1.0
    case "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁻", "⁺": return 0.401
    default: break
    }
    if character.isASCII {
      if character.isUppercase { return 0.7 }
      return 0.61
    }
    // East Asian and emoji glyphs are about square; other scripts are close to Latin.
    if let scalar = character.unicodeScalars.first, scalar.value >= 0x1100,
      (0x1100...0x115f).contains(scalar.value) || (0x2e80...0xa4cf).contains(scalar.value)
        || (0xac00...0xd7a3).contains(scalar.value) || (0xf900...0xfaff).contains(scalar.value)
        || (0xff00...0xff60).contains(scalar.value) || scalar.value >= 0x1f300
    {
      return 1.0
    }
    return 0.65
  }
}
