/// Equality and ordering of values of one static type, as Swift's `==` and `<` define them.
extension Value {
  static func equal(_ lhs: Value, _ rhs: Value, type: SType) -> Bool {
    switch type {
    case .int: return lhs.asInt == rhs.asInt
    case .double: return lhs.asDouble == rhs.asDouble
    case .bool: return lhs.asBool == rhs.asBool
    case .string, .character: return lhs.asString == rhs.asString
    case .array(let element):
      let (a, b) = (lhs.asArray, rhs.asArray)
      guard a.count == b.count else { return false }
      return zip(a, b).allSatisfy { equal($0, $1, type: element) }
    case .tuple(let elements, _):
      let (a, b) = (lhs.asArray, rhs.asArray)
      guard a.count == b.count, a.count == elements.count else { return false }
      return elements.indices.allSatisfy { equal(a[$0], b[$0], type: elements[$0]) }
    case .sequence(.slice, let element):
      return equal(lhs.asArray.first ?? .none, rhs.asArray.first ?? .none, type: .array(element))
    case .optional(let wrapped):
      switch (lhs, rhs) {
      case (.none, .none): return true
      case (.none, _), (_, .none): return false
      default: return equal(lhs, rhs, type: wrapped)
      }
    case .range(let bound, _):
      guard case .range(let a) = lhs, case .range(let b) = rhs else { return false }
      return equal(a.lower, b.lower, type: bound) && equal(a.upper, b.upper, type: bound)
    case .prelude:
      if case .object(let a) = lhs, case .object(let b) = rhs { return a === b }
      return false
    default: return false
    }
  }

  static func less(_ lhs: Value, _ rhs: Value, type: SType) -> Bool {
    switch type {
    case .int: return lhs.asInt < rhs.asInt
    case .double: return lhs.asDouble < rhs.asDouble
    case .string, .character: return lhs.asString < rhs.asString
    case .tuple(let elements, _):
      let (a, b) = (lhs.asArray, rhs.asArray)
      for index in elements.indices where index < a.count && index < b.count {
        if less(a[index], b[index], type: elements[index]) { return true }
        if less(b[index], a[index], type: elements[index]) { return false }
      }
      return false
    default: return false
    }
  }
}
