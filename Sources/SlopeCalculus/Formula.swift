/// The notebook's `Formula`: a simplified expression in one named parameter, what `formula(of:)` and
/// `symbolicDerivative(of:)` return.
///
/// It prints as a Swift expression in the function's own parameter name (`4 * x`), is callable like a function
/// (`d(3)`), and has ``latex``:
///
/// ```swift
/// let f = Formula(parameter: "x") { x in 3 * x * x + 2 * x + 1 }
/// f.derivative().description   // "6 * x + 2"
/// f.derivative()(1)            // 8.0
/// ```
///
/// An interpreter builds the body by running the user's function on ``SymbolicExpression/variable(named:)``
/// (captured constants become ``SymbolicExpression/constant(_:)``), with the operators and free functions of
/// this module, which simplify as they go.
public struct Formula: Hashable, Sendable, CustomStringConvertible {
  /// The simplified body.
  public var expression: SymbolicExpression
  /// The parameter's name, used when printing.
  public var parameter: String

  /// A formula from a body already built in terms of `parameter`.
  public init(_ expression: SymbolicExpression, parameter: String) {
    self.expression = expression
    self.parameter = parameter
  }

  /// The formula of a function written over ``SymbolicExpression`` (or generically over
  /// ``DerivativeAlgebra``), evaluated on the variable `parameter`.
  public init(parameter: String, _ body: (SymbolicExpression) -> SymbolicExpression) {
    self.init(body(.variable(parameter)), parameter: parameter)
  }

  /// The derivative with respect to the parameter, simplified.
  public func derivative() -> Formula {
    Formula(expression.derivative(withRespectTo: parameter), parameter: parameter)
  }

  /// The formula's value at `x`, computed exactly as its printed Swift source computes it.
  public func callAsFunction(_ x: Double) -> Double {
    let name = parameter
    return expression.evaluate { $0 == name ? x : .nan }
  }

  /// The Swift expression, for example `exp(x) * sin(x) + exp(x) * cos(x)`.
  public var description: String { expression.swiftSource }

  /// The LaTeX form, for example `e^{x} \sin\left(x\right) + e^{x} \cos\left(x\right)`.
  public var latex: String { expression.latex }
}
