import SlopeCalculus

/// Computes a pure `Double` expression on plain doubles: `nil` as soon as an operand holds anything else
/// (a dual number, a formula). The second argument is the parameter of an inlined function body.
typealias PureEval = (Machine, Double) -> Double?

/// A leaf of a ``PureDouble`` tree.
enum PureLeaf {
  case constant(Double)
  case local(Int)
  case global(Int)
  /// `Double(i)` of an `Int` local.
  case integerLocal(Int)
  /// The parameter of a function body compiled for inlining (see ``FunctionCode/pureBody``).
  case argument

  // Inlined into each operation's closure, so that a leaf operand costs a switch instead of a closure
  // call; the leaf-leaf operations are most of the benchmark's arithmetic (see the design note's "Speed").
  @inline(__always) func load(_ m: Machine, _ argument: Double) -> Double? {
    switch self {
    case .constant(let value): return value
    case .local(let slot):
      if case .double(let value) = m.local(slot).pointee { return value }
      return nil
    case .global(let id):
      if case .double(let value) = m.global(id).pointee { return value }
      return nil
    case .integerLocal(let slot):
      if case .int(let value) = m.local(slot).pointee { return Double(value) }
      return nil
    case .argument: return argument
    }
  }
}

/// A `Double` expression without side effects: arithmetic on variables, constants and calls of global
/// functions whose body is itself such an expression of their one parameter.
///
/// - Note: The generic code passes every intermediate result as a `Value` and calls a global function
///   through a frame. A pure tree is compiled a second time into closures on `Double?`, with such calls
///   inlined (no frame, the argument passed in a register); it returns `nil` at the first operand that is
///   not a plain double, and the generic code then runs instead. Running it again is safe because the fast
///   attempt changed nothing. Measured on the benchmark's loop: see the design note's "Speed".
indirect enum PureDouble {
  case leaf(PureLeaf)
  case binary(BinaryOperation, PureDouble, PureDouble)
  case negate(PureDouble)
  /// A call of a global function of one `Double`; its body is read when the call runs.
  case call(FunctionCode, PureDouble)

  /// The tree of an operand of `Double` arithmetic, when it is pure (mirrors ``OperandSource``).
  init?(_ expr: Expr) {
    if let pure = expr.pure {
      self = pure
    } else if case .double(let value)? = expr.constant {
      self = .leaf(.constant(value))
    } else if case .int(let value)? = expr.constant {
      self = .leaf(.constant(Double(value)))
    } else if expr.type == .double, case .local(let slot)? = expr.slot {
      self = .leaf(.local(slot))
    } else if expr.type == .double, case .global(let id)? = expr.slot {
      self = .leaf(.global(id))
    } else {
      return nil
    }
  }

  /// The body of a function of one parameter with its argument in place of the parameter (local slot 0),
  /// when the argument is a leaf, so that substituting it repeats no work.
  func substituting(_ argument: PureDouble) -> PureDouble? {
    guard case .leaf = argument else { return nil }
    return substitute(argument)
  }

  private func substitute(_ argument: PureDouble) -> PureDouble? {
    switch self {
    case .leaf(.local(0)): return argument
    case .leaf(.local), .leaf(.integerLocal), .leaf(.argument): return nil
    case .leaf: return self
    case .binary(let operation, let lhs, let rhs):
      guard let a = lhs.substitute(argument), let b = rhs.substitute(argument) else { return nil }
      return .binary(operation, a, b)
    case .negate(let operand): return operand.substitute(argument).map(PureDouble.negate)
    case .call(let code, let operand): return operand.substitute(argument).map { .call(code, $0) }
    }
  }

  /// Code that tries the fast form first and runs `slow` when it gives up.
  func eval(orElse slow: @escaping Eval) -> Eval {
    guard let fast = compile(inlining: false) else { return slow }
    return { m throws(Trap) in
      if let value = fast(m, 0) { return .double(value) }
      return try slow(m)
    }
  }

  /// The fast form; with `inlining`, local slot 0 is the parameter of a function body and any other local
  /// makes the tree unfit (`nil`).
  func compile(inlining: Bool) -> PureEval? {
    switch self {
    case .leaf(let leaf):
      guard let leaf = PureDouble.adapt(leaf, inlining: inlining) else { return nil }
      return { m, argument in leaf.load(m, argument) }
    case .binary(let operation, let lhs, let rhs):
      switch operation {
      case .add: return PureDouble.binary(Add.self, lhs, rhs, inlining: inlining)
      case .subtract: return PureDouble.binary(Subtract.self, lhs, rhs, inlining: inlining)
      case .multiply: return PureDouble.binary(Multiply.self, lhs, rhs, inlining: inlining)
      case .divide: return PureDouble.binary(Divide.self, lhs, rhs, inlining: inlining)
      default: return nil
      }
    case .negate(let operand):
      guard let inner = operand.compile(inlining: inlining) else { return nil }
      return { m, argument in inner(m, argument).map { -$0 } }
    case .call(let code, let operand):
      guard let inner = operand.compile(inlining: inlining) else { return nil }
      return { m, argument in
        guard let x = inner(m, argument), let body = code.pureBody else { return nil }
        // A pure body cannot branch, so recursion through pure bodies never ends: past the depth limit
        // the generic code runs and reports it.
        let registers = m.registers
        registers.pointee.depth &+= 1
        defer { registers.pointee.depth &-= 1 }
        if registers.pointee.depth > m.maxDepth { return nil }
        return body(m, x)
      }
    }
  }

  private static func adapt(_ leaf: PureLeaf, inlining: Bool) -> PureLeaf? {
    guard inlining else { return leaf }
    switch leaf {
    case .local(0): return .argument
    case .local, .integerLocal: return nil
    default: return leaf
    }
  }

  /// An operation whose leaf operands are loaded in place, without a closure call each.
  private static func binary<Op: DoubleOperation>(
    _: Op.Type,
    _ lhs: PureDouble,
    _ rhs: PureDouble,
    inlining: Bool
  ) -> PureEval? {
    switch (lhs, rhs) {
    case (.leaf(let a), .leaf(let b)):
      guard let a = adapt(a, inlining: inlining), let b = adapt(b, inlining: inlining) else { return nil }
      return { m, argument in
        guard let x = a.load(m, argument), let y = b.load(m, argument) else { return nil }
        return Op.apply(x, y)
      }
    case (.binary(let inner, .leaf(let a), .leaf(let b)), .leaf(let c)):
      if let fused = leftFused(Op.self, inner, a, b, c, inlining: inlining) { return fused }
      guard let left = lhs.compile(inlining: inlining), let c = adapt(c, inlining: inlining) else { return nil }
      return { m, argument in
        guard let x = left(m, argument), let y = c.load(m, argument) else { return nil }
        return Op.apply(x, y)
      }
    case (.leaf(let a), _):
      guard let a = adapt(a, inlining: inlining), let right = rhs.compile(inlining: inlining) else { return nil }
      return { m, argument in
        guard let x = a.load(m, argument), let y = right(m, argument) else { return nil }
        return Op.apply(x, y)
      }
    case (_, .leaf(let b)):
      guard let left = lhs.compile(inlining: inlining), let b = adapt(b, inlining: inlining) else { return nil }
      return { m, argument in
        guard let x = left(m, argument), let y = b.load(m, argument) else { return nil }
        return Op.apply(x, y)
      }
    case (_, .binary(let inner, .leaf(let a), .leaf(let b))):
      // `(…) / (x2 - x)`: the two-leaf side computed in this closure.
      guard let left = lhs.compile(inlining: inlining),
        let fused = rightFused(Op.self, inner, left, a, b, inlining: inlining)
      else { return nil }
      return fused
    default:
      guard let left = lhs.compile(inlining: inlining), let right = rhs.compile(inlining: inlining) else {
        return nil
      }
      return { m, argument in
        guard let x = left(m, argument), let y = right(m, argument) else { return nil }
        return Op.apply(x, y)
      }
    }
  }

  /// `x op (a inner b)` with two leaves on the right, in one closure; `nil` when `inner` is no arithmetic.
  private static func rightFused<Op: DoubleOperation>(
    _: Op.Type,
    _ inner: BinaryOperation,
    _ left: @escaping PureEval,
    _ a: PureLeaf,
    _ b: PureLeaf,
    inlining: Bool
  ) -> PureEval? {
    guard let a = adapt(a, inlining: inlining), let b = adapt(b, inlining: inlining) else { return nil }
    switch inner {
    case .add: return rightFused(Op.self, Add.self, left, a, b)
    case .subtract: return rightFused(Op.self, Subtract.self, left, a, b)
    case .multiply: return rightFused(Op.self, Multiply.self, left, a, b)
    case .divide: return rightFused(Op.self, Divide.self, left, a, b)
    default: return nil
    }
  }

  private static func rightFused<Op: DoubleOperation, Inner: DoubleOperation>(
    _: Op.Type,
    _: Inner.Type,
    _ left: @escaping PureEval,
    _ a: PureLeaf,
    _ b: PureLeaf
  ) -> PureEval {
    { m, argument in
      guard let x = left(m, argument), let y = a.load(m, argument), let z = b.load(m, argument) else { return nil }
      return Op.apply(x, Inner.apply(y, z))
    }
  }

  /// `(a inner b) op c` on three leaves, in one closure: `2 * x * x`, the shape of most of the benchmark's terms.
  private static func leftFused<Op: DoubleOperation>(
    _: Op.Type,
    _ inner: BinaryOperation,
    _ a: PureLeaf,
    _ b: PureLeaf,
    _ c: PureLeaf,
    inlining: Bool
  ) -> PureEval? {
    guard let a = adapt(a, inlining: inlining), let b = adapt(b, inlining: inlining),
      let c = adapt(c, inlining: inlining)
    else { return nil }
    switch inner {
    case .add: return leftFused(Op.self, Add.self, a, b, c)
    case .subtract: return leftFused(Op.self, Subtract.self, a, b, c)
    case .multiply: return leftFused(Op.self, Multiply.self, a, b, c)
    case .divide: return leftFused(Op.self, Divide.self, a, b, c)
    default: return nil
    }
  }

  private static func leftFused<Op: DoubleOperation, Inner: DoubleOperation>(
    _: Op.Type,
    _: Inner.Type,
    _ a: PureLeaf,
    _ b: PureLeaf,
    _ c: PureLeaf
  ) -> PureEval {
    { m, argument in
      guard let x = a.load(m, argument), let y = b.load(m, argument), let z = c.load(m, argument) else { return nil }
      return Op.apply(Inner.apply(x, y), z)
    }
  }
}

/// A statement that stores a pure `Double` tree into a `Double` variable: `let x = …`, `x = …`, `x += …`.
///
/// - Note: A statement list made only of these runs as one closure (``Compiler/sequence(_:)``): no `Flow`
///   result, no `Value` passed between closures and no closure per statement. Measured on the benchmark's
///   loop: see the design note's "Speed".
struct PureStore {
  enum Target {
    case local(Int)
    case global(Int)
  }

  private let value: PureEval
  /// The stored tree, for a loop that runs on registers (``DoubleKernel``).
  let tree: PureDouble
  let target: Target
  /// The operation of a compound assignment; `nil` for a plain store.
  let operation: BinaryOperation?
  /// Whether the statement declares its target (`let x = …`).
  let declares: Bool
  /// The statement's generic code, which runs when the fast form gives up.
  let slow: Exec

  /// The fast form of storing `expr`, when it is a pure `Double` tree.
  init?(
    _ expr: Expr,
    into target: Target,
    operation: BinaryOperation? = nil,
    declares: Bool = false,
    slow: @escaping Exec
  ) {
    guard expr.type == .double, let tree = PureDouble(expr), let value = tree.compile(inlining: false) else {
      return nil
    }
    self.value = value
    self.tree = tree
    self.declares = declares
    self.target = target
    self.operation = operation
    self.slow = slow
  }

  @inline(__always) func run(_ m: Machine) throws(Trap) {
    if let y = value(m, 0) {
      let place: UnsafeMutablePointer<Value>
      switch target {
      case .local(let slot): place = m.local(slot)
      case .global(let id): place = m.global(id)
      }
      guard let operation else {
        place.pointee = .double(y)
        return
      }
      if case .double(let x) = place.pointee {
        place.pointee = .double(operation.evaluate(x, y))
        return
      }
    }
    _ = try slow(m)
  }

  /// One statement that runs `stores` in order.
  ///
  /// - Note: A tree of closures, like ``Compiler/sequence(_:)``: looping over an array of stores would retain
  ///   and release each store's closures on every pass.
  static func chain(_ stores: ArraySlice<PureStore>) -> Exec {
    let start = stores.startIndex
    switch stores.count {
    case 0: return { _ in .normal }
    case 1: return stores[start].exec
    case 2:
      let (first, second) = (stores[start], stores[start + 1])
      return { m throws(Trap) in
        try first.run(m)
        try second.run(m)
        return .normal
      }
    case 3:
      let (first, second, third) = (stores[start], stores[start + 1], stores[start + 2])
      return { m throws(Trap) in
        try first.run(m)
        try second.run(m)
        try third.run(m)
        return .normal
      }
    default:
      let middle = start + stores.count / 2
      let (head, tail) = (chain(stores[..<middle]), chain(stores[middle...]))
      return { m throws(Trap) in
        _ = try head(m)
        return try tail(m)
      }
    }
  }

  /// The statement's code: the fast form, then the generic code if it gives up.
  var exec: Exec {
    { m throws(Trap) in
      try run(m)
      return .normal
    }
  }
}
