import Dispatch

/// A run-time error: a Swift trap (`Index out of range`) or an exceeded limit, at a source position.
struct Trap: Error {
  /// What Swift prints after `Fatal error: `, or the wording of a limit.
  let message: String
  /// The UTF-8 offset, in the parsed source, of the expression that trapped.
  let position: Int
}

/// How a statement finished: normally, or by a jump that an enclosing statement handles.
enum Flow {
  case normal
  /// `break`, with the id of the loop or `switch` it leaves.
  case breakOut(Int)
  /// `continue`, with the id of the loop it continues.
  case continueLoop(Int)
  /// `return`; the value is in ``Machine/returnValue``.
  case returned
}

/// Evaluates an expression.
typealias Eval = (Machine) throws(Trap) -> Value
/// Executes a statement.
typealias Exec = (Machine) throws(Trap) -> Flow

/// A statement's code, for lists of them.
///
/// - Note: A closure stored directly in an array (or any generic container) is kept at the most general
///   abstraction and called through a re-abstraction thunk; inside a concrete struct it is stored as is.
struct ExecCode {
  let exec: Exec
  /// The statement as a store of a pure `Double` tree, when it is one.
  let pure: PureStore?

  init(_ exec: @escaping Exec, pure: PureStore? = nil) {
    self.exec = exec
    self.pure = pure
  }
}

/// An expression's code, for lists of them (see ``ExecCode``).
struct EvalCode {
  let eval: Eval
  /// The local slot the expression reads, when it is a plain read of one (see ``Expr/slot``).
  let localSlot: Int?

  init(_ eval: @escaping Eval, localSlot: Int? = nil) {
    self.eval = eval
    self.localSlot = localSlot
  }

  init(_ expr: Expr) {
    self.eval = expr.eval
    if case .local(let slot)? = expr.slot { localSlot = slot } else { localSlot = nil }
  }
}

/// The registers of the evaluator, kept behind a pointer.
///
/// - Note: Stored `var`s of a class are checked for exclusive access at run time on every access; the
///   registers are read and written for every local variable and call, so they live in unmanaged memory
///   that the compiler does not check.
struct Registers {
  /// The value stack: one slot per local of every active frame.
  var stack: UnsafeMutablePointer<Value>
  var capacity: Int
  /// The first slot of the running frame.
  var base: Int = 0
  /// The first free slot above the running frame.
  var top: Int = 0
  /// The notebook's globals, shared by all blocks of the session.
  var globals: UnsafeMutablePointer<Value>
  var globalCapacity: Int
  /// The running closure, whose captures the body reads; `nil` in a global function or a block.
  ///
  /// - Note: Unretained: the caller holds the closure's value for the whole call, and skipping the retain
  ///   and release saves two atomic operations per call.
  var closure: Unmanaged<FunctionValue>?
  var depth: Int = 0
  var ticks: Int = 0
  var returnValue: Value = .none
  /// The tag of the latest differentiation (see ``DualBox``); never reset, so that a dual number that
  /// escaped an earlier block cannot be mistaken for a later differentiation's.
  var lastDifferentiationTag: Int = 0
}

/// The interpreter's run-time state for one session.
final class Machine {
  let registers: UnsafeMutablePointer<Registers>
  let maxDepth: Int
  let maxCollectionCount: Int
  let maxOutputBytes: Int
  private(set) var deadline: UInt64 = .max
  private(set) var output: [UInt8] = []
  private(set) var outputTruncated = false
  /// Drawing and note-taking state of the prelude (figures, derivative notes).
  var prelude = PreludeState()

  /// A machine for evaluating literal arithmetic while compiling; it never runs user code.
  nonisolated(unsafe) static let constantFolding = Machine(limits: Session.Limits())

  init(limits: Session.Limits) {
    maxDepth = limits.maxCallDepth
    maxCollectionCount = limits.maxCollectionCount
    maxOutputBytes = limits.maxOutputBytes
    let capacity = 1 << 12
    let stack = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
    stack.initialize(repeating: .none, count: capacity)
    let globals = UnsafeMutablePointer<Value>.allocate(capacity: 64)
    globals.initialize(repeating: .none, count: 64)
    registers = .allocate(capacity: 1)
    registers.initialize(to: Registers(stack: stack, capacity: capacity, globals: globals, globalCapacity: 64))
  }

  deinit {
    let r = registers.pointee
    r.stack.deinitialize(count: r.capacity)
    r.stack.deallocate()
    r.globals.deinitialize(count: r.globalCapacity)
    r.globals.deallocate()
    registers.deinitialize(count: 1)
    registers.deallocate()
  }

  // MARK: - Slots

  @inline(__always) func local(_ slot: Int) -> UnsafeMutablePointer<Value> {
    registers.pointee.stack + (registers.pointee.base &+ slot)
  }

  @inline(__always) func global(_ id: Int) -> UnsafeMutablePointer<Value> {
    registers.pointee.globals + id
  }

  @inline(__always) func capture(_ index: Int) -> Value {
    registers.pointee.closure?.takeUnretainedValue().captures[index] ?? .none
  }

  var returnValue: Value {
    get { registers.pointee.returnValue }
    set { registers.pointee.returnValue = newValue }
  }

  /// Makes room for `count` globals.
  func reserveGlobals(_ count: Int) {
    let old = registers.pointee.globalCapacity
    guard count > old else { return }
    let capacity = max(count, old * 2)
    let globals = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
    globals.moveInitialize(from: registers.pointee.globals, count: old)
    (globals + old).initialize(repeating: .none, count: capacity - old)
    registers.pointee.globals.deallocate()
    registers.pointee.globals = globals
    registers.pointee.globalCapacity = capacity
  }

  /// Prepares a block run: an empty stack, a fresh deadline and no output yet.
  func beginBlock(seconds: Double) {
    let r = registers
    for index in 0..<r.pointee.top { r.pointee.stack[index] = .none }
    r.pointee.base = 0
    r.pointee.top = 0
    r.pointee.depth = 0
    r.pointee.closure = nil
    r.pointee.returnValue = .none
    output = []
    outputTruncated = false
    prelude = PreludeState()
    deadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(max(0, seconds) * 1e9)
  }

  // MARK: - Calls

  /// Pushes a frame of `size` slots and returns its base; the caller fills the parameters.
  @inline(__always) func pushFrame(size: Int, at position: Int) throws(Trap) -> Int {
    let r = registers
    let base = r.pointee.top
    if base &+ size > r.pointee.capacity { growStack(needed: base &+ size) }
    r.pointee.top = base &+ size
    r.pointee.depth &+= 1
    if r.pointee.depth > maxDepth {
      throw Trap(message: "recursion depth limit exceeded (\(maxDepth) nested calls)", position: position)
    }
    try tick(at: position)
    return base
  }

  /// Runs `code` in the frame at `base` as the body of `closure` (`nil` for a global function), then pops
  /// the frame. The caller keeps `closure` alive during the call.
  @inline(__always) func run(_ code: FunctionCode, base: Int, closure: FunctionValue?) throws(Trap) -> Value {
    let r = registers
    let savedBase = r.pointee.base
    let savedClosure = r.pointee.closure
    r.pointee.base = base
    r.pointee.closure = closure.map { Unmanaged.passUnretained($0) }
    let result = try code.body(self)
    r.pointee.base = savedBase
    r.pointee.closure = savedClosure
    if code.clearsFrame {
      let top = base &+ code.frameSize
      var slot = base
      while slot < top {
        r.pointee.stack[slot] = .none
        slot &+= 1
      }
    }
    r.pointee.top = base
    r.pointee.depth &-= 1
    return result
  }

  /// Calls a function value with arguments already evaluated.
  func call(_ function: FunctionValue, _ arguments: [Value], at position: Int) throws(Trap) -> Value {
    if let builtin = function.builtin { return try builtin(self, arguments) }
    guard let code = function.code else { return .none }
    let base = try pushFrame(size: code.frameSize, at: position)
    for (index, argument) in arguments.enumerated() { registers.pointee.stack[base + index] = argument }
    return try withExtendedLifetime(function) { () throws(Trap) -> Value in
      try run(code, base: base, closure: function)
    }
  }

  /// Calls a function value with one argument: `call(_:_:at:)` without an argument array, for the prelude's
  /// calls in a loop (a derivative, a map).
  func call(_ function: FunctionValue, argument: Value, at position: Int) throws(Trap) -> Value {
    guard let code = function.code else { return try call(function, [argument], at: position) }
    let base = try pushFrame(size: code.frameSize, at: position)
    registers.pointee.stack[base] = argument
    return try withExtendedLifetime(function) { () throws(Trap) -> Value in
      try run(code, base: base, closure: function)
    }
  }

  private func growStack(needed: Int) {
    let old = registers.pointee.capacity
    let capacity = max(needed, old * 2)
    let stack = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
    stack.moveInitialize(from: registers.pointee.stack, count: old)
    (stack + old).initialize(repeating: .none, count: capacity - old)
    registers.pointee.stack.deallocate()
    registers.pointee.stack = stack
    registers.pointee.capacity = capacity
  }

  /// A tag for a new differentiation, larger than every earlier one.
  func newDifferentiationTag() -> Int {
    registers.pointee.lastDifferentiationTag &+= 1
    return registers.pointee.lastDifferentiationTag
  }

  // MARK: - Limits

  /// Counts work and checks the deadline every few thousand steps, where reading the clock is cheap enough.
  @inline(__always) func tick(at position: Int) throws(Trap) {
    registers.pointee.ticks &+= 1
    if registers.pointee.ticks & 0x3FFF == 0 { try checkLimits(at: position, inLoop: false) }
  }

  /// `tick` for one iteration of a loop.
  @inline(__always) func tickLoop(at position: Int) throws(Trap) {
    registers.pointee.ticks &+= 1
    if registers.pointee.ticks & 0x3FFF == 0 { try checkLimits(at: position, inLoop: true) }
  }

  /// Makes the next tick take the slow path, where a symbolic run refuses loops, until `call` is `nil`.
  func refuseLoops(during call: String?) {
    prelude.formulaCall = call
    if call != nil { registers.pointee.ticks = 0x3FFF }
  }

  private func checkLimits(at position: Int, inLoop: Bool) throws(Trap) {
    if let call = prelude.formulaCall {
      if inLoop {
        throw Trap(
          message: "\(call) covers functions whose body is one expression; it does not cover loops",
          position: position
        )
      }
      // A call during a symbolic run: keep the next tick on the slow path.
      registers.pointee.ticks = 0x3FFF
    }
    if DispatchTime.now().uptimeNanoseconds > deadline {
      throw Trap(message: "time limit exceeded: the block ran too long", position: position)
    }
  }

  /// Checks a collection size against the session's cap before the collection is built.
  @inline(__always) func checkCount(_ count: Int, at position: Int) throws(Trap) {
    if count > maxCollectionCount {
      throw Trap(
        message: "collection size limit exceeded: \(count) elements (the limit is \(maxCollectionCount))",
        position: position
      )
    }
  }

  // MARK: - Output

  func write(_ text: String) {
    guard !outputTruncated else { return }
    let bytes = text.utf8
    if output.count + bytes.count <= maxOutputBytes {
      output.append(contentsOf: bytes)
      return
    }
    // Cut at a line boundary where possible so the note starts its own line.
    var kept = Array(bytes.prefix(maxOutputBytes - output.count))
    while let last = kept.last, last & 0xC0 == 0x80 { kept.removeLast() }
    if let last = kept.last, last & 0xC0 == 0xC0 { kept.removeLast() }
    output.append(contentsOf: kept)
    outputTruncated = true
  }

  /// The block's printed text, with a note when the output cap dropped the rest.
  var printedText: String {
    var text = String(decoding: output, as: UTF8.self)
    if outputTruncated {
      if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
      text += "[output truncated: the block printed more than \(maxOutputBytes) bytes]\n"
    }
    return text
  }
}
