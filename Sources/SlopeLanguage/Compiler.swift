import SwiftSyntax

/// Lowers a block's folded syntax tree to typed, resolved code, checking types on the way.
///
/// One compiler lives as long as its session: each block's top-level scope is nested in the previous
/// block's, and the globals it declares get fresh indices, so a later block can shadow an earlier name
/// while the earlier block's functions keep using theirs. The first error found ends compilation.
final class Compiler {
  let prelude: Prelude
  /// The top-level scope of the last block that compiled; the next block's scope nests in it.
  private(set) var sessionScope: Scope?
  /// How many globals the session has allocated.
  private(set) var globalCount = 0

  /// The scope being lowered into.
  var scope: Scope
  /// The function (or block top level) being lowered.
  var context: FunctionContext
  /// The index of the block's top-level statement being lowered.
  var statementIndex = 0
  /// Functions declared ahead of their statement, by syntax node.
  var pendingFunctions: [SyntaxIdentifier: FunctionDeclaration] = [:]
  /// The statements that lowered to a ``PureStore``, by the syntax node of the declaration or assignment, so
  /// that ``statements(_:)`` can run a list of them as one closure.
  var pureStores: [SyntaxIdentifier: PureStore] = [:]

  init(prelude: Prelude) {
    self.prelude = prelude
    let context = FunctionContext(parent: nil, isTopLevel: true, capturedNames: [], resultType: nil, parameters: 0)
    self.context = context
    self.scope = Scope(parent: nil, context: context)
  }

  /// A compiled block: its top-level statements and the frame they run in.
  struct CompiledBlock {
    /// Each top-level statement's code with its index among the block's statements.
    let statements: [(Int, Exec)]
    let frameSize: Int
    let scope: Scope
    let globalCount: Int
  }

  /// Compiles the statements of one block in a new scope nested in the session's.
  func compileBlock(_ file: SourceFileSyntax) throws(CompileError) -> CompiledBlock {
    let names = CaptureScanner.names(in: file.statements)
    let blockContext = FunctionContext(
      parent: nil,
      isTopLevel: true,
      capturedNames: names,
      resultType: nil,
      parameters: 0
    )
    let blockScope = Scope(parent: sessionScope, context: blockContext)
    let savedGlobals = globalCount
    context = blockContext
    scope = blockScope
    do {
      try predeclareFunctions(in: file.statements)
      var statements: [(Int, Exec)] = []
      for (index, item) in file.statements.enumerated() {
        statementIndex = index
        if let code = try statement(item) { statements.append((index, code)) }
      }
      return CompiledBlock(
        statements: statements,
        frameSize: blockContext.slotCount,
        scope: blockScope,
        globalCount: globalCount
      )
    } catch {
      globalCount = savedGlobals
      throw error
    }
  }

  /// Makes a block's names visible to the blocks after it.
  func commit(_ block: CompiledBlock) {
    sessionScope = block.scope
  }

  /// Whether declarations in the current scope become notebook globals.
  var declaresGlobals: Bool { context.isTopLevel && scope.parent === sessionScope }

  func allocateGlobal() -> Int {
    defer { globalCount += 1 }
    return globalCount
  }

  // MARK: - Scopes

  /// Opens a scope nested in the current one and returns the scope to restore when it ends.
  ///
  /// - Note: Scopes are opened and closed by hand (`let outer = enterScope(); defer { scope = outer }`)
  ///   rather than through a generic closure helper: Swift 6.3 crashes lowering typed-throws closures
  ///   created inside such helpers.
  func enterScope() -> Scope {
    let saved = scope
    scope = Scope(parent: saved, context: context)
    return saved
  }

  /// Declares a variable in the current scope, choosing its storage.
  ///
  /// - Parameter replacing: whether the name may already be bound in this scope. Swift lets an optional
  ///   binding (`guard let x = x`, `if let a = x, let a = f(a)`) shadow an earlier name of its own scope,
  ///   while a `let` declared later still conflicts with the binding.
  func declareVariable(
    _ name: String,
    type: SType,
    isMutable: Bool,
    replacing: Bool = false,
    at node: some SyntaxProtocol
  ) throws(CompileError) -> Variable {
    if name != "_", !replacing, scope.local(name) != nil {
      throw CompileError("invalid redeclaration of '\(name)'", at: node)
    }
    let storage: Storage
    if declaresGlobals {
      storage = .global(allocateGlobal())
    } else if isMutable && context.capturedNames.contains(name) {
      storage = .cell(context.allocateSlot(for: nil))
    } else {
      storage = .local(context.allocateSlot(for: type))
    }
    let variable = Variable(
      name: name,
      type: type,
      isMutable: isMutable,
      storage: storage,
      context: declaresGlobals ? nil : context,
      statementIndex: statementIndex
    )
    if name != "_" { scope.declare(variable) }
    return variable
  }

  // MARK: - Variable access

  /// Code that reads a variable from the current function.
  func read(_ variable: Variable) -> Eval {
    switch access(variable) {
    case .global(let id): return { m in m.global(id).pointee }
    case .local(let slot): return { m in m.local(slot).pointee }
    case .cell(let slot):
      return { m in
        if case .cell(let cell) = m.local(slot).pointee { return cell.value }
        return .none
      }
    case .capturedValue(let index): return { m in m.capture(index) }
    case .capturedCell(let index):
      return { m in
        if case .cell(let cell) = m.capture(index) { return cell.value }
        return .none
      }
    }
  }

  /// Code that stores a new value into a variable.
  func write(_ variable: Variable) -> (Machine, Value) -> Void {
    switch access(variable) {
    case .global(let id): return { m, value in m.global(id).pointee = value }
    case .local(let slot): return { m, value in m.local(slot).pointee = value }
    case .cell(let slot):
      return { m, value in
        if case .cell(let cell) = m.local(slot).pointee { cell.value = value }
      }
    case .capturedValue: return { _, _ in }
    case .capturedCell(let index):
      return { m, value in
        if case .cell(let cell) = m.capture(index) { cell.value = value }
      }
    }
  }

  /// Code that initialises a variable at its declaration (a captured `var` gets its cell here).
  func initialize(_ variable: Variable) -> (Machine, Value) -> Void {
    switch variable.storage {
    case .global(let id): return { m, value in m.global(id).pointee = value }
    case .local(let slot): return { m, value in m.local(slot).pointee = value }
    case .cell(let slot): return { m, value in m.local(slot).pointee = .cell(Cell(value)) }
    }
  }

  /// Code that mutates a variable in place, so that an array held by a unique variable is not copied.
  func modify(_ variable: Variable) -> (Machine, (inout Value) throws(Trap) -> Void) throws(Trap) -> Void {
    switch access(variable) {
    case .global(let id): return { m, body throws(Trap) in try body(&m.global(id).pointee) }
    case .local(let slot): return { m, body throws(Trap) in try body(&m.local(slot).pointee) }
    case .cell(let slot):
      return { m, body throws(Trap) in
        if case .cell(let cell) = m.local(slot).pointee { try body(&cell.value) }
      }
    case .capturedValue: return { _, _ throws(Trap) in }
    case .capturedCell(let index):
      return { m, body throws(Trap) in
        if case .cell(let cell) = m.capture(index) { try body(&cell.value) }
      }
    }
  }

  /// How the current function reaches a variable.
  enum Access {
    case global(Int)
    case local(Int)
    case cell(Int)
    case capturedValue(Int)
    case capturedCell(Int)
  }

  func access(_ variable: Variable) -> Access {
    switch variable.storage {
    case .global(let id): return .global(id)
    case .local(let slot) where variable.context === context: return .local(slot)
    case .cell(let slot) where variable.context === context: return .cell(slot)
    case .local: return .capturedValue(context.captureIndex(of: variable))
    case .cell: return .capturedCell(context.captureIndex(of: variable))
    }
  }

  /// Code, in the current function, that loads what a closure captures of `variable`: the value of a
  /// constant, or the cell of a variable.
  func captureLoad(_ variable: Variable) -> Eval {
    switch access(variable) {
    case .global(let id): return { m in m.global(id).pointee }
    case .local(let slot), .cell(let slot): return { m in m.local(slot).pointee }
    case .capturedValue(let index), .capturedCell(let index): return { m in m.capture(index) }
    }
  }
}

/// Finds the names that closures and nested functions of a body use, to decide which `var`s need cells.
final class CaptureScanner: SyntaxVisitor {
  private var depth = 0
  private var names: Set<String> = []

  static func names(in statements: CodeBlockItemListSyntax) -> Set<String> {
    let scanner = CaptureScanner(viewMode: .sourceAccurate)
    scanner.walk(statements)
    return scanner.names
  }

  override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind {
    depth += 1
    return .visitChildren
  }

  override func visitPost(_ node: ClosureExprSyntax) { depth -= 1 }

  override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
    depth += 1
    return .visitChildren
  }

  override func visitPost(_ node: FunctionDeclSyntax) { depth -= 1 }

  override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
    if depth > 0 { names.insert(node.baseName.text) }
    return .skipChildren
  }
}
