import Foundation

/// Printing values exactly as Swift prints them: `print` and string interpolation use `description`,
/// collections, tuples and optionals show their elements' `debugDescription` (strings quoted).
///
/// The static type decides the shape (a value carries no optional wrapper or tuple labels); the host's
/// own `Double.description` is the reference for numbers, so `1e-05`, `-0.0` and `-nan` come out as
/// Swift prints them.
enum Printer {
  static func description(_ value: Value, _ type: SType) -> String {
    switch type {
    case .string, .character: return value.asString
    case .range(let bound, let closed):
      guard case .range(let range) = value else { return "" }
      let separator = closed ? "..." : "..<"
      return debugDescription(range.lower, bound) + separator + debugDescription(range.upper, bound)
    default: return debugDescription(value, type)
    }
  }

  static func debugDescription(_ value: Value, _ type: SType) -> String {
    switch type {
    case .int: return String(value.asInt)
    case .double: return "\(value.asDouble)"
    case .bool: return value.asBool ? "true" : "false"
    case .string, .character: return value.asString.debugDescription
    case .void: return "()"
    case .array(let element):
      return "[" + value.asArray.map { debugDescription($0, element) }.joined(separator: ", ") + "]"
    case .tuple(let elements, let labels):
      let fields = value.asArray
      var parts: [String] = []
      for index in elements.indices {
        let field = index < fields.count ? fields[index] : .none
        let text = debugDescription(field, elements[index])
        parts.append(labels[index].map { "\($0): \(text)" } ?? text)
      }
      return "(" + parts.joined(separator: ", ") + ")"
    case .optional(let wrapped):
      if case .none = value { return "nil" }
      return "Optional(\(debugDescription(value, wrapped)))"
    case .range(let bound, let closed):
      guard case .range(let range) = value else { return "" }
      let separator = closed ? "..." : "..<"
      let bounds = debugDescription(range.lower, bound) + separator + debugDescription(range.upper, bound)
      return (closed ? "ClosedRange(" : "Range(") + bounds + ")"
    case .function: return "(Function)"
    case .sequence(let kind, let element): return sequenceDescription(value, kind: kind, element: element)
    case .prelude:
      if case .object(let object) = value, let printable = object as? CustomStringConvertible {
        return printable.description
      }
      return ""
    case .nilLiteral: return "nil"
    case .emptyArrayLiteral: return "[]"
    case .inferred: return ""
    }
  }

  private static func sequenceDescription(_ value: Value, kind: SType.SequenceKind, element: SType) -> String {
    let fields = value.asArray
    let name = SType.sequence(kind, element: element).spelling
    switch kind {
    case .strideTo, .strideThrough:
      return "Swift.\(name.replacingOccurrences(of: "<", with: "<Swift."))"
    case .zip(let first, let second):
      guard fields.count == 2 else { return name }
      return
        "\(name)(_sequence1: \(debugDescription(fields[0], first)), _sequence2: \(debugDescription(fields[1], second)))"
    case .slice:
      guard let elements = fields.first else { return "[]" }
      return debugDescription(elements, .array(element))
    case .enumerated(let base), .reversed(let base):
      guard fields.count == 1 else { return name }
      return "\(name)(_base: \(debugDescription(fields[0], base)))"
    }
  }
}
