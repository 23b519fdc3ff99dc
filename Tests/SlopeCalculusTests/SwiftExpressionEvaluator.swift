import Foundation

/// Parses and evaluates the Swift expressions the symbolic engine prints, with Swift's precedence and
/// whitespace rules for operators, so the tests can check that the printed source is valid and computes the
/// same bits as `SymbolicExpression.evaluate`.
struct SwiftExpressionEvaluator {
  enum Failure: Error, CustomStringConvertible {
    case unexpected(String, at: Int)
    case unknownName(String)

    var description: String {
      switch self {
      case .unexpected(let text, let offset): return "unexpected '\(text)' at \(offset)"
      case .unknownName(let name): return "unknown name '\(name)'"
      }
    }
  }

  private let characters: [Character]
  private var position = 0
  private let bindings: [String: Double]

  /// Evaluates `source` with the variables bound.
  static func evaluate(_ source: String, _ bindings: [String: Double]) throws -> Double {
    var parser = SwiftExpressionEvaluator(characters: Array(source), bindings: bindings)
    let value = try parser.expression()
    guard parser.position == parser.characters.count else {
      throw Failure.unexpected(String(parser.characters[parser.position...]), at: parser.position)
    }
    return value
  }

  private init(characters: [Character], bindings: [String: Double]) {
    self.characters = characters
    self.bindings = bindings
  }

  private var current: Character? { position < characters.count ? characters[position] : nil }

  /// A binary operator must have a space on both sides, as Swift requires for ` - ` to be binary.
  private mutating func binaryOperator(_ candidates: Set<Character>) -> Character? {
    guard position + 2 < characters.count, characters[position] == " ",
      candidates.contains(characters[position + 1]), characters[position + 2] == " "
    else { return nil }
    let symbol = characters[position + 1]
    position += 3
    return symbol
  }

  private mutating func expression() throws -> Double {
    var value = try term()
    while let symbol = binaryOperator(["+", "-"]) {
      let rhs = try term()
      value = symbol == "+" ? value + rhs : value - rhs
    }
    return value
  }

  private mutating func term() throws -> Double {
    var value = try prefixed()
    while let symbol = binaryOperator(["*", "/"]) {
      let rhs = try prefixed()
      value = symbol == "*" ? value * rhs : value / rhs
    }
    return value
  }

  /// A prefix minus binds to the operand right after it (no space allowed), tighter than `*`.
  private mutating func prefixed() throws -> Double {
    if current == "-" {
      position += 1
      if current == " " { throw Failure.unexpected("- followed by a space", at: position) }
      return -(try prefixed())
    }
    return try primary()
  }

  private mutating func primary() throws -> Double {
    guard let character = current else { throw Failure.unexpected("end", at: position) }
    if character == "(" {
      position += 1
      let value = try expression()
      try expect(")")
      return value
    }
    if character.isNumber { return try number() }
    if character.isLetter { return try nameOrCall() }
    throw Failure.unexpected(String(character), at: position)
  }

  private mutating func number() throws -> Double {
    let start = position
    while let character = current, character.isNumber || character == "." { position += 1 }
    if current == "e" {
      position += 1
      if current == "+" || current == "-" { position += 1 }
      while let character = current, character.isNumber { position += 1 }
    }
    let text = String(characters[start..<position])
    guard let value = Double(text) else { throw Failure.unexpected(text, at: start) }
    return value
  }

  private mutating func nameOrCall() throws -> Double {
    let start = position
    while let character = current, character.isLetter || character.isNumber || character == "." || character == "_" {
      position += 1
    }
    let name = String(characters[start..<position])
    guard current == "(" else {
      switch name {
      case "Double.infinity": return .infinity
      case "Double.nan": return .nan
      default:
        guard let value = bindings[name] else { throw Failure.unknownName(name) }
        return value
      }
    }
    position += 1
    var arguments = [try expression()]
    while current == "," {
      position += 1
      try expect(" ")
      arguments.append(try expression())
    }
    try expect(")")
    return try call(name, arguments)
  }

  private func call(_ name: String, _ arguments: [Double]) throws -> Double {
    let unary: [String: (Double) -> Double] = [
      "sqrt": { sqrt($0) }, "exp": { exp($0) }, "log": { log($0) }, "log2": { log2($0) }, "log10": { log10($0) },
      "sin": { sin($0) }, "cos": { cos($0) }, "tan": { tan($0) }, "asin": { asin($0) }, "acos": { acos($0) },
      "atan": { atan($0) }, "sinh": { sinh($0) }, "cosh": { cosh($0) }, "tanh": { tanh($0) },
    ]
    if arguments.count == 1, let function = unary[name] { return function(arguments[0]) }
    if arguments.count == 2, name == "pow" { return pow(arguments[0], arguments[1]) }
    if arguments.count == 2, name == "atan2" { return atan2(arguments[0], arguments[1]) }
    throw Failure.unknownName("\(name) with \(arguments.count) arguments")
  }

  private mutating func expect(_ character: Character) throws {
    guard current == character else { throw Failure.unexpected(current.map { String($0) } ?? "end", at: position) }
    position += 1
  }
}

/// Tokens of a printed expression, counted the same way for Swift and SymPy output: identifiers (including
/// dotted ones), numbers and operators (`**` is one); parentheses, commas and spaces are punctuation.
func tokenCount(_ text: String) -> Int {
  let characters = Array(text)
  var count = 0
  var index = 0
  while index < characters.count {
    let character = characters[index]
    if character.isLetter || character == "_" {
      while index < characters.count,
        characters[index].isLetter || characters[index].isNumber || characters[index] == "_" || characters[index] == "."
      {
        index += 1
      }
      count += 1
    } else if character.isNumber || character == "." {
      while index < characters.count, characters[index].isNumber || characters[index] == "." { index += 1 }
      if index < characters.count, characters[index] == "e" {
        index += 1
        if index < characters.count, characters[index] == "+" || characters[index] == "-" { index += 1 }
        while index < characters.count, characters[index].isNumber { index += 1 }
      }
      count += 1
    } else if character == "*" && index + 1 < characters.count && characters[index + 1] == "*" {
      index += 2
      count += 1
    } else if "+-*/^".contains(character) {
      index += 1
      count += 1
    } else {
      index += 1
    }
  }
  return count
}
