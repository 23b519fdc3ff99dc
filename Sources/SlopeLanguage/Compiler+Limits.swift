extension Compiler {
  /// Whether values of a type count against `Session.Limits.maxCollectionCount`: strings and arrays.
  static func hasSizeCap(_ type: SType) -> Bool {
    if case .array = type { return true }
    return type == .string
  }

  /// `s += t` and `a += b` on a string or array place, checking the combined size before building it:
  /// without the check, `a += a` in a loop doubles until memory runs out instead of ending the block.
  static func cappedCompoundAssignment(
    value: @escaping Eval,
    modify: @escaping (Machine, (inout Value) throws(Trap) -> Void) throws(Trap) -> Void,
    combine: @escaping (Value, Value) throws(Trap) -> Value,
    position: Int
  ) -> Exec {
    { m throws(Trap) in
      let operand = try value(m)
      try modify(m) { (slot: inout Value) throws(Trap) in
        let old = slot
        try m.checkCount(combinedSize(old, operand), at: position)
        slot = .none
        slot = try combine(old, operand)
      }
      return .normal
    }
  }

  private static func combinedSize(_ a: Value, _ b: Value) -> Int {
    switch (a, b) {
    case (.string, .string): return a.asString.utf8.count + b.asString.utf8.count
    case (.array, .array): return a.asArray.count + b.asArray.count
    default: return 0
    }
  }
}
