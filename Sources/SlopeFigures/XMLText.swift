/// Escaping for text placed in SVG (XML 1.0) content and attribute values.
enum XMLText {
  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\t", "\n", "\r": result += " "
      default:
        // Other control characters are not allowed in XML 1.0 at all.
        if scalar.value < 0x20 || scalar.value == 0xfffe || scalar.value == 0xffff {
          result.unicodeScalars.append("\u{fffd}")
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// An id usable in XML and as a CSS selector: letters, digits, `-` and `_`, starting with a letter.
  static func identifier(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      let isSafe =
        scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
      result.unicodeScalars.append(isSafe ? scalar : "-")
    }
    if let first = result.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic {
      return result
    }
    return result.isEmpty ? "figure" : "figure-" + result
  }
}
