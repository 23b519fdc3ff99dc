import SlopeCalculus

/// A run-time value.
///
/// The type checker has proved every value's type before a block runs, so a value carries only what
/// the evaluator needs: the hot cases (`int`, `double`, `bool`) hold trivial payloads and everything
/// larger sits behind one reference, except a first-order dual number (``FlatDual``), stored inline: `Value` is
/// 22 bytes (stride 24) and cheap to copy.
/// Optional wrappers and tuple labels live in the static type (``SType``), which also drives printing.
enum Value {
  case int(Int)
  case double(Double)
  case bool(Bool)
  /// `nil`, `()` and a slot that holds nothing yet.
  case none
  case string(StringBox)
  /// An array's elements; Swift's own copy-on-write storage gives arrays value semantics.
  case array([Value])
  /// A tuple's elements, and the fields of a lazy sequence wrapper (see ``SType/SequenceKind``).
  case tuple([Value])
  case range(RangeBox)
  case function(FunctionValue)
  /// A `var` that a closure captures: the variable's slot holds the shared cell.
  case cell(Cell)
  /// A dual number flowing through `Double` arithmetic during forward-mode differentiation; its parts may
  /// themselves be dual numbers of enclosing differentiations (see ``DualBox``).
  case dual(DualBox)
  /// A dual number whose parts are plain doubles, held inline so that first derivatives allocate nothing: the
  /// form every dual number with plain parts takes (see ``FlatDual``).
  case flatDual(FlatDual)
  /// A formula flowing through `Double` arithmetic while `formula(of:)` reads a function's body.
  case symbolic(SymbolicBox)
  /// A value of a prelude type (a `Formula`, a figure handle, an enum case of the prelude).
  case object(AnyObject)

  @inline(__always) static func string(_ text: String) -> Value { .string(StringBox(text)) }

  var asInt: Int {
    if case .int(let value) = self { return value }
    return 0
  }

  var asDouble: Double {
    switch self {
    case .double(let value): return value
    case .dual(let box): return box.value.asDouble
    case .flatDual(let dual): return dual.value
    case .int(let value): return Double(value)
    case .symbolic: return .nan
    default: return 0
    }
  }

  var asBool: Bool {
    if case .bool(let value) = self { return value }
    return false
  }

  var asString: String {
    if case .string(let box) = self { return box.value }
    return ""
  }

  var asArray: [Value] {
    switch self {
    case .array(let elements), .tuple(let elements): return elements
    default: return []
    }
  }

  var isNone: Bool {
    if case .none = self { return true }
    return false
  }
}

/// An immutable string payload; boxed so that `Value` stays small.
final class StringBox {
  let value: String
  init(_ value: String) { self.value = value }
}

/// The bounds of a `Range` or `ClosedRange` value (whether it is closed is in its static type).
final class RangeBox {
  let lower: Value
  let upper: Value
  init(lower: Value, upper: Value) {
    self.lower = lower
    self.upper = upper
  }
}

/// A variable shared between a frame and the closures that capture it.
final class Cell {
  var value: Value
  init(_ value: Value) { self.value = value }
}

/// A symbolic `Double`: the formula built so far, or the construct that `formula(of:)` does not cover.
final class SymbolicBox {
  let expression: SymbolicExpression?
  /// What made the formula impossible (`abs`, `a comparison`), once something did.
  let unsupported: String?

  init(_ expression: SymbolicExpression) {
    self.expression = expression
    self.unsupported = nil
  }

  init(unsupported: String) {
    self.expression = nil
    self.unsupported = unsupported
  }
}

/// A function or closure as a value.
final class FunctionValue {
  /// The compiled body when the function was written in the notebook.
  let code: FunctionCode?
  /// What a closure captured: copies of constants and the cells of captured variables.
  let captures: [Value]
  /// The implementation of a prelude function or operator used as a value (`reduce(0, +)`, `map(sqrt)`).
  let builtin: ((Machine, [Value]) throws(Trap) -> Value)?

  init(code: FunctionCode, captures: [Value]) {
    self.code = code
    self.captures = captures
    self.builtin = nil
  }

  init(builtin: @escaping (Machine, [Value]) throws(Trap) -> Value) {
    self.code = nil
    self.captures = []
    self.builtin = builtin
  }
}

/// A compiled function body and the shape of its frame.
final class FunctionCode {
  let name: String
  let parameterCount: Int
  /// The parameters' names, which `formula(of:)` prints its formula in.
  var parameterNames: [String] = []
  private let storage: UnsafeMutablePointer<Storage>

  /// What lowering fills in after the function is declared (a call site may be compiled first).
  ///
  /// - Note: Kept behind a pointer: every call reads both fields, and a stored `var` of a class would be
  ///   checked for exclusive access on each read.
  private struct Storage {
    var frameSize = 0
    var clearsFrame = true
    var body: Eval = { _ in .none }
    var pureBody: PureEval?
  }

  /// Whether returning must clear the frame's slots (see ``FunctionContext/holdsReferences``).
  var clearsFrame: Bool {
    get { storage.pointee.clearsFrame }
    set { storage.pointee.clearsFrame = newValue }
  }

  /// Slots in the frame: parameters first, then every local of the body.
  var frameSize: Int {
    get { storage.pointee.frameSize }
    set { storage.pointee.frameSize = newValue }
  }

  /// Runs the body in a frame whose parameters are already in place and returns the result.
  var body: Eval {
    get { storage.pointee.body }
    set { storage.pointee.body = newValue }
  }

  /// The body on a plain `Double`, for a function of one `Double` whose body is a pure expression; a call
  /// site inlines it (see ``PureDouble``).
  var pureBody: PureEval? {
    get { storage.pointee.pureBody }
    set { storage.pointee.pureBody = newValue }
  }

  /// The pure body as a tree, once lowered: a later call site substitutes its argument into it, which
  /// removes the call altogether. Read only while compiling.
  var pureTree: PureDouble?

  init(name: String, parameterCount: Int) {
    self.name = name
    self.parameterCount = parameterCount
    storage = .allocate(capacity: 1)
    storage.initialize(to: Storage())
  }

  deinit {
    storage.deinitialize(count: 1)
    storage.deallocate()
  }
}
