import SlopeCalculus

/// Code on a loop's registers: the `Double` variables and constants it reads, unboxed.
typealias RegisterEval = (UnsafeMutablePointer<Double>) -> Double

/// An `Int` range loop whose body is made only of pure stores (``PureStore``), run on unboxed doubles.
///
/// - Note: A pure store checks every operand's tag and can give up at any node, because an operand may hold
///   a dual number or a formula. In a loop whose body only stores pure trees, every variable the body
///   reads from outside is read once, before the first pass: when all of them are plain doubles, so is
///   every value the body computes, and no check is needed inside. The loop then runs on registers (a
///   small buffer of doubles holding the variables, the constants and `Double(i)`), and the variables it
///   wrote are stored back when it ends, also when a limit stops it. When some variable holds anything
///   else, the generic loop runs instead, from the start. Measured on the benchmark's loop: see the design
///   note's "Speed".
struct DoubleKernel {
  /// A variable of the loop's frame or a global, as it is stored outside the registers.
  private enum Place: Hashable {
    case local(Int)
    case global(Int)
    /// `Double(v)` of an `Int` local the body does not write.
    case integerLocal(Int)

    init(_ target: PureStore.Target) {
      switch target {
      case .local(let slot): self = .local(slot)
      case .global(let id): self = .global(id)
      }
    }

    func pointer(_ m: Machine) -> UnsafeMutablePointer<Value> {
      switch self {
      case .local(let slot), .integerLocal(let slot): return m.local(slot)
      case .global(let id): return m.global(id)
      }
    }
  }

  /// A store of one pass: `registers[target] = value` or, with an operation, `registers[target] op= value`.
  private struct Step {
    let target: Int
    let operation: BinaryOperation?
    let value: RegisterEval

    @inline(__always) func run(_ registers: UnsafeMutablePointer<Double>) {
      let y = value(registers)
      if let operation {
        registers[target] = operation.evaluate(registers[target], y)
      } else {
        registers[target] = y
      }
    }
  }

  private let constants: [Double]
  /// The places read before the first pass, each into register `constants.count + index`.
  private let inputs: [Place]
  /// The places written back after the last pass, with their registers.
  private let outputs: [(place: Place, register: Int)]
  /// The register that holds `Double(i)`, when the body reads it.
  private let loopRegister: Int?
  private let registerCount: Int
  private let steps: [Step]
  /// All steps as one closure, for a body of more than three.
  private let pass: (UnsafeMutablePointer<Double>) -> Void

  /// The kernel of a loop with these body statements, when every tree is fit (no call of a function that
  /// is not inlined); `loopSlot` is the loop variable's frame slot.
  init?(_ stores: [PureStore], loopSlot: Int?) {
    guard !stores.isEmpty else { return nil }
    var constants: [Double] = []
    var inputs: [Place] = []
    var registerOf: [Place: Int] = [:]
    var declared: Set<Place> = []
    var readsLoopVariable = false
    var writes: [Place] = []

    // Registers are numbered after all constants are known; until then a place's index is provisional.
    func note(_ place: Place) {
      if registerOf[place] == nil && !declared.contains(place) {
        registerOf[place] = inputs.count
        inputs.append(place)
      }
    }
    func collect(_ tree: PureDouble) -> Bool {
      switch tree {
      case .leaf(.constant(let value)):
        constants.append(value)
        return true
      case .leaf(.local(let slot)): note(.local(slot))
      case .leaf(.global(let id)): note(.global(id))
      case .leaf(.integerLocal(let slot)):
        if slot == loopSlot { readsLoopVariable = true } else { note(.integerLocal(slot)) }
      case .leaf(.argument), .call: return false
      case .binary(let operation, let lhs, let rhs):
        guard [.add, .subtract, .multiply, .divide].contains(operation) else { return false }
        return collect(lhs) && collect(rhs)
      case .negate(let operand): return collect(operand)
      }
      return true
    }
    for store in stores {
      guard collect(store.tree) else { return nil }
      let target = Place(store.target)
      if store.declares && registerOf[target] == nil {
        declared.insert(target)
      } else if store.operation != nil || registerOf[target] == nil {
        note(target)
      }
      if !writes.contains(target) { writes.append(target) }
    }
    // Declared variables get registers after the inputs; then the loop variable.
    var next = constants.count + inputs.count
    var registers: [Place: Int] = registerOf.mapValues { constants.count + $0 }
    for place in writes where registers[place] == nil {
      registers[place] = next
      next += 1
    }
    let loopRegister = readsLoopVariable ? next : nil
    if readsLoopVariable { next += 1 }

    var constantIndex = 0
    func node(_ tree: PureDouble) -> KernelNode {
      switch tree {
      case .leaf(.constant):
        defer { constantIndex += 1 }
        return .register(constantIndex)
      case .leaf(.local(let slot)): return .register(registers[.local(slot)]!)
      case .leaf(.global(let id)): return .register(registers[.global(id)]!)
      case .leaf(.integerLocal(let slot)):
        return .register(slot == loopSlot ? loopRegister! : registers[.integerLocal(slot)]!)
      case .leaf(.argument), .call: preconditionFailure("rejected above")
      case .binary(let operation, let lhs, let rhs): return .binary(operation, node(lhs), node(rhs))
      case .negate(let operand): return .negate(node(operand))
      }
    }
    let steps = stores.map {
      Step(target: registers[Place($0.target)]!, operation: $0.operation, value: node($0.tree).code)
    }
    self.constants = constants
    self.inputs = inputs
    self.outputs = writes.filter { !declared.contains($0) }.map { ($0, registers[$0]!) }
    self.loopRegister = loopRegister
    self.registerCount = next
    self.steps = steps
    self.pass = DoubleKernel.chain(steps[...])
  }

  /// Runs the loop for `i` in `low...last`; `false`, having changed nothing, when a variable the body reads
  /// holds anything but a plain double.
  func run(_ m: Machine, from low: Int, through last: Int, at position: Int) throws(Trap) -> Bool {
    // On the stack: an inner loop may start once per pass of an outer one.
    try withUnsafeTemporaryAllocation(of: Double.self, capacity: registerCount) { buffer throws(Trap) in
      let registers = buffer.baseAddress!
      for (index, constant) in constants.enumerated() { registers[index] = constant }
      for (index, place) in inputs.enumerated() {
        switch (place, place.pointer(m).pointee) {
        case (.integerLocal, .int(let value)): registers[constants.count + index] = Double(value)
        case (.local, .double(let value)), (.global, .double(let value)): registers[constants.count + index] = value
        default: return false
        }
      }
      defer {
        for (place, register) in outputs { place.pointer(m).pointee = .double(registers[register]) }
      }
      // Up to three stores run in the loop's own code, without a call for the pass.
      switch steps.count {
      case 1:
        let first = steps[0]
        try passes(m, low, last, position, registers) { first.run($0) }
      case 2:
        let (first, second) = (steps[0], steps[1])
        try passes(m, low, last, position, registers) {
          first.run($0)
          second.run($0)
        }
      case 3:
        let (first, second, third) = (steps[0], steps[1], steps[2])
        try passes(m, low, last, position, registers) {
          first.run($0)
          second.run($0)
          third.run($0)
        }
      default:
        try passes(m, low, last, position, registers, pass)
      }
      return true
    }
  }

  @inline(__always) private func passes(
    _ m: Machine,
    _ low: Int,
    _ last: Int,
    _ position: Int,
    _ registers: UnsafeMutablePointer<Double>,
    _ pass: (UnsafeMutablePointer<Double>) -> Void
  ) throws(Trap) {
    var i = low
    while true {
      try m.tickLoop(at: position)
      if let loopRegister { registers[loopRegister] = Double(i) }
      pass(registers)
      if i == last { return }
      i &+= 1
    }
  }

  /// One pass of the body: `steps` in order, as a tree of closures (see ``PureStore/chain(_:)``).
  private static func chain(_ steps: ArraySlice<Step>) -> (UnsafeMutablePointer<Double>) -> Void {
    let start = steps.startIndex
    switch steps.count {
    case 1:
      let first = steps[start]
      return { first.run($0) }
    case 2:
      let (first, second) = (steps[start], steps[start + 1])
      return {
        first.run($0)
        second.run($0)
      }
    case 3:
      let (first, second, third) = (steps[start], steps[start + 1], steps[start + 2])
      return {
        first.run($0)
        second.run($0)
        third.run($0)
      }
    default:
      let middle = start + steps.count / 2
      let (head, tail) = (chain(steps[..<middle]), chain(steps[middle...]))
      return {
        head($0)
        tail($0)
      }
    }
  }
}

/// A pure tree with every leaf in a register.
private indirect enum KernelNode {
  case register(Int)
  case binary(BinaryOperation, KernelNode, KernelNode)
  case negate(KernelNode)

  var code: RegisterEval {
    switch self {
    case .register(let index): return { $0[index] }
    case .negate(.register(let index)): return { -$0[index] }
    case .negate(let operand):
      let inner = operand.code
      return { -inner($0) }
    case .binary(let operation, let lhs, let rhs):
      switch operation {
      case .add: return KernelNode.binary(Add.self, lhs, rhs)
      case .subtract: return KernelNode.binary(Subtract.self, lhs, rhs)
      case .multiply: return KernelNode.binary(Multiply.self, lhs, rhs)
      default: return KernelNode.binary(Divide.self, lhs, rhs)
      }
    }
  }

  /// An operation whose register operands, and those of a two-register operand, are read in its own closure.
  ///
  /// - Note: Each operation is chosen by a `switch` that names its type. Choosing it through a generic
  ///   visitor instead left the closures unspecialised and the benchmark's loop four times slower.
  private static func binary<Op: DoubleOperation>(_: Op.Type, _ lhs: KernelNode, _ rhs: KernelNode) -> RegisterEval {
    switch (lhs, rhs) {
    case (.register(let a), .register(let b)):
      return { Op.apply($0[a], $0[b]) }
    case (.binary(let inner, .register(let a), .register(let b)), .register(let c)):
      switch inner {
      case .add: return leftFused(Op.self, Add.self, a, b, c)
      case .subtract: return leftFused(Op.self, Subtract.self, a, b, c)
      case .multiply: return leftFused(Op.self, Multiply.self, a, b, c)
      default: return leftFused(Op.self, Divide.self, a, b, c)
      }
    case (_, .binary(let inner, .register(let a), .register(let b))):
      let left: RegisterEval
      if case .register(let index) = lhs { left = { $0[index] } } else { left = lhs.code }
      switch inner {
      case .add: return rightFused(Op.self, Add.self, left, a, b)
      case .subtract: return rightFused(Op.self, Subtract.self, left, a, b)
      case .multiply: return rightFused(Op.self, Multiply.self, left, a, b)
      default: return rightFused(Op.self, Divide.self, left, a, b)
      }
    case (.register(let a), _):
      let right = rhs.code
      return { Op.apply($0[a], right($0)) }
    case (_, .register(let b)):
      let left = lhs.code
      return { Op.apply(left($0), $0[b]) }
    default:
      let (left, right) = (lhs.code, rhs.code)
      return { Op.apply(left($0), right($0)) }
    }
  }

  /// `(a inner b) op c`.
  private static func leftFused<Op: DoubleOperation, Inner: DoubleOperation>(
    _: Op.Type,
    _: Inner.Type,
    _ a: Int,
    _ b: Int,
    _ c: Int
  ) -> RegisterEval {
    { Op.apply(Inner.apply($0[a], $0[b]), $0[c]) }
  }

  /// `left op (a inner b)`.
  private static func rightFused<Op: DoubleOperation, Inner: DoubleOperation>(
    _: Op.Type,
    _: Inner.Type,
    _ left: @escaping RegisterEval,
    _ a: Int,
    _ b: Int
  ) -> RegisterEval {
    { Op.apply(left($0), Inner.apply($0[a], $0[b])) }
  }
}
