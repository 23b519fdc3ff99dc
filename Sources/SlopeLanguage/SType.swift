/// A static type of the calculation language, as the type checker sees it before a block runs.
///
/// Types drive everything that Swift decides at compile time: literal typing, overloads, and how a value
/// prints (a runtime ``Value`` carries no optional wrapper or tuple labels; its type does).
indirect enum SType: Hashable, Sendable {
  case int
  case double
  case bool
  case string
  case character
  /// `Void`, the empty tuple.
  case void
  case array(SType)
  /// A tuple with one optional label per element.
  case tuple([SType], labels: [String?])
  case optional(SType)
  /// `Range<Bound>` or `ClosedRange<Bound>`.
  case range(SType, closed: Bool)
  case function([SType], SType)
  /// A lazy sequence (`StrideTo`, `Zip2Sequence`, ...) that iterates like an array of `element`.
  case sequence(SequenceKind, element: SType)
  /// A value of a prelude type that is not part of Swift's standard library (`Formula`, `DifferenceMethod`).
  case prelude(String)
  /// The type of `nil` before the context gives it one.
  case nilLiteral
  /// The type of a `[]` literal before the context gives it one.
  case emptyArrayLiteral
  /// In an expected function type: a result that the closure's body decides.
  case inferred

  /// The lazy sequence wrappers of the standard library that the subset knows.
  enum SequenceKind: Hashable, Sendable {
    case strideTo
    case strideThrough
    case zip(SType, SType)
    case enumerated(SType)
    case reversed(SType)
    /// `ArraySlice`: a run of an array that keeps the array's indices.
    case slice
  }

  /// The element type when a value of this type is iterated with `for … in`.
  var iterationElement: SType? {
    switch self {
    case .array(let element): return element
    case .range(let bound, _) where bound == .int: return .int
    case .sequence(_, let element): return element
    case .string: return .character
    default: return nil
    }
  }

  /// Whether values of this type compare with `==` and `!=`.
  var isEquatable: Bool {
    switch self {
    case .int, .double, .bool, .string, .character, .range: return true
    case .array(let element), .optional(let element), .sequence(.slice, let element): return element.isEquatable
    case .tuple(let elements, _): return elements.allSatisfy(\.isEquatable)
    case .prelude: return true
    default: return false
    }
  }

  /// Whether values of this type order with `<`.
  var isComparable: Bool {
    switch self {
    case .int, .double, .string, .character: return true
    case .tuple(let elements, _): return elements.allSatisfy(\.isComparable)
    default: return false
    }
  }

  /// The type without one level of optionality.
  var unwrapped: SType {
    if case .optional(let wrapped) = self { return wrapped }
    return self
  }

  var isOptional: Bool {
    if case .optional = self { return true }
    return false
  }

  /// The type as Swift spells it in diagnostics: `Int`, `[Double]`, `(Int, String)`, `Double?`.
  var spelling: String {
    switch self {
    case .int: return "Int"
    case .double: return "Double"
    case .bool: return "Bool"
    case .string: return "String"
    case .character: return "Character"
    case .void: return "()"
    case .array(let element): return "[\(element.spelling)]"
    case .tuple(let elements, let labels):
      let parts = zip(elements, labels).map { type, label in
        label.map { "\($0): \(type.spelling)" } ?? type.spelling
      }
      return "(\(parts.joined(separator: ", ")))"
    case .optional(let wrapped):
      if case .function = wrapped { return "(\(wrapped.spelling))?" }
      return "\(wrapped.spelling)?"
    case .range(let bound, let closed): return closed ? "ClosedRange<\(bound.spelling)>" : "Range<\(bound.spelling)>"
    case .function(let parameters, let result):
      let resultSpelling = result == .void ? "()" : result.spelling
      return "(\(parameters.map(\.spelling).joined(separator: ", "))) -> \(resultSpelling)"
    case .sequence(let kind, let element): return kind.spelling(element: element)
    case .prelude(let name): return name
    case .nilLiteral: return "nil"
    case .emptyArrayLiteral: return "[Any]"
    case .inferred: return "_"
    }
  }

  /// The type as Swift's runtime names it inside printed generic wrappers: `Array<Int>`, `Optional<Double>`.
  var genericSpelling: String {
    switch self {
    case .array(let element): return "Array<\(element.genericSpelling)>"
    case .optional(let wrapped): return "Optional<\(wrapped.genericSpelling)>"
    default: return spelling
    }
  }
}

extension SType.SequenceKind {
  fileprivate func spelling(element: SType) -> String {
    switch self {
    case .strideTo: return "StrideTo<\(element.spelling)>"
    case .strideThrough: return "StrideThrough<\(element.spelling)>"
    case .zip(let first, let second): return "Zip2Sequence<\(first.genericSpelling), \(second.genericSpelling)>"
    case .enumerated(let base): return "EnumeratedSequence<\(base.genericSpelling)>"
    case .reversed(let base): return "ReversedCollection<\(base.genericSpelling)>"
    case .slice: return "ArraySlice<\(element.spelling)>"
    }
  }
}
