/// Where a variable lives at run time; decided once, when it is declared.
enum Storage {
  /// A notebook global: an index into the session's globals.
  case global(Int)
  /// A slot of the declaring function's frame.
  case local(Int)
  /// A slot of the declaring function's frame that holds a ``Cell``, because a closure captures the variable.
  case cell(Int)
}

/// A declared variable or constant.
final class Variable {
  let name: String
  let type: SType
  let isMutable: Bool
  let storage: Storage
  /// The function whose frame holds the variable; `nil` for globals.
  let context: FunctionContext?
  /// The top-level statement of its block that declares it, for rolling back a block that trapped.
  let statementIndex: Int

  init(name: String, type: SType, isMutable: Bool, storage: Storage, context: FunctionContext?, statementIndex: Int) {
    self.name = name
    self.type = type
    self.isMutable = isMutable
    self.storage = storage
    self.context = context
    self.statementIndex = statementIndex
  }
}

/// A function declared with `func`.
final class FunctionDeclaration {
  let name: String
  /// The argument labels, `nil` for `_`.
  let labels: [String?]
  let parameterTypes: [SType]
  let resultType: SType
  /// The default value of each parameter that has one.
  var defaults: [Expr?]
  let code: FunctionCode
  /// For a nested function: the variable that holds its closure. Global functions are called directly.
  let variable: Variable?
  let statementIndex: Int

  init(
    name: String,
    labels: [String?],
    parameterTypes: [SType],
    resultType: SType,
    defaults: [Expr?],
    code: FunctionCode,
    variable: Variable?,
    statementIndex: Int
  ) {
    self.name = name
    self.labels = labels
    self.parameterTypes = parameterTypes
    self.resultType = resultType
    self.defaults = defaults
    self.code = code
    self.variable = variable
    self.statementIndex = statementIndex
  }

  var type: SType { .function(parameterTypes, resultType) }

  /// The name with its labels as Swift writes it in diagnostics: `f(_:x:)`.
  var fullName: String {
    "\(name)(\(labels.map { "\($0 ?? "_"):" }.joined()))"
  }
}

/// What a name means in a scope.
enum Binding {
  case variable(Variable)
  case functions([FunctionDeclaration])
}

/// A lexical scope: the names declared by one block, function body, or statement body.
final class Scope {
  let parent: Scope?
  let context: FunctionContext
  private(set) var names: [String: Binding] = [:]
  /// The `let`/`var` names that this local scope declares further down, for Swift's
  /// "use of local variable before its declaration" when no outer declaration has the name.
  var pendingNames: Set<String> = []

  init(parent: Scope?, context: FunctionContext) {
    self.parent = parent
    self.context = context
  }

  func lookup(_ name: String) -> Binding? {
    var scope: Scope? = self
    while let current = scope {
      if let binding = current.names[name] { return binding }
      scope = current.parent
    }
    return nil
  }

  /// Every function named `name`, innermost scope first, one array per scope.
  func functionOverloads(_ name: String) -> [[FunctionDeclaration]] {
    var result: [[FunctionDeclaration]] = []
    var scope: Scope? = self
    while let current = scope {
      switch current.names[name] {
      case .functions(let functions): result.append(functions)
      case .variable: return result
      case nil: break
      }
      scope = current.parent
    }
    return result
  }

  func local(_ name: String) -> Binding? { names[name] }

  /// Binds the variable's name in this scope, replacing whatever the scope bound to it.
  func declare(_ variable: Variable) { names[variable.name] = .variable(variable) }

  func declare(_ function: FunctionDeclaration) {
    if case .functions(let existing) = names[function.name] {
      names[function.name] = .functions(existing + [function])
    } else {
      names[function.name] = .functions([function])
    }
  }

  /// Forgets the names declared by statement `index` and later (the statements that never ran).
  func rollBack(toStatement index: Int) {
    for (name, binding) in names {
      switch binding {
      case .variable(let variable) where variable.statementIndex >= index:
        names[name] = nil
      case .functions(let functions):
        let kept = functions.filter { $0.statementIndex < index }
        names[name] = kept.isEmpty ? nil : .functions(kept)
      default: break
      }
    }
  }
}

/// The compile-time state of one function, closure or block body: its frame layout and captures.
final class FunctionContext {
  let parent: FunctionContext?
  /// Whether this is a block's top level, whose outermost declarations become globals.
  let isTopLevel: Bool
  /// The names used inside closures and nested functions of this body: a `var` with such a name lives in
  /// a ``Cell``, so that the closure and the frame share it.
  let capturedNames: Set<String>
  /// The declared result type, or `nil` while a closure's result is still being inferred.
  var resultType: SType?
  private(set) var slotCount: Int
  /// The outer variables this closure uses, in capture order.
  private(set) var captures: [Variable] = []
  /// The loops and `switch` statements around the statement being lowered, innermost last.
  var jumpTargets: [JumpTarget] = []
  private var nextJumpID = 0

  init(parent: FunctionContext?, isTopLevel: Bool, capturedNames: Set<String>, resultType: SType?, parameters: Int) {
    self.parent = parent
    self.isTopLevel = isTopLevel
    self.capturedNames = capturedNames
    self.resultType = resultType
    self.slotCount = parameters
  }

  /// Whether some slot of the frame may hold a reference (an array, a string, a cell), so that the
  /// frame must be cleared when the call returns; frames of numbers and booleans are left as they are.
  private(set) var holdsReferences = false

  /// A new slot for a value of `type` (`nil`: a cell or anything else that is a reference).
  func allocateSlot(for type: SType?) -> Int {
    if let type, [.int, .double, .bool].contains(type) {
    } else {
      holdsReferences = true
    }
    defer { slotCount += 1 }
    return slotCount
  }

  /// The capture index of `variable`, adding it to the captures the first time.
  func captureIndex(of variable: Variable) -> Int {
    if let index = captures.firstIndex(where: { $0 === variable }) { return index }
    captures.append(variable)
    return captures.count - 1
  }

  func newJumpID() -> Int {
    defer { nextJumpID += 1 }
    return nextJumpID
  }
}

/// A statement that `break` or `continue` can target.
struct JumpTarget {
  let id: Int
  let label: String?
  /// `switch` statements take an unlabeled `break` but never a `continue`.
  let isLoop: Bool
}
