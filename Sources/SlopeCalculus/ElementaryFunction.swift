import Foundation

/// The smooth functions of one argument, with their derivative rules: the single rule table shared by ``Dual``
/// and ``SymbolicExpression``.
///
/// The raw value is the function's Swift (Foundation) name, so an interpreter can map a call by name:
/// `ElementaryFunction(rawValue: "tanh")`.
public enum ElementaryFunction: String, CaseIterable, Hashable, Sendable {
  case sqrt
  case exp
  case log
  case log2
  case log10
  case sin
  case cos
  case tan
  case asin
  case acos
  case atan
  case sinh
  case cosh
  case tanh

  /// The function's value, computed by Foundation exactly as a compiled Swift program computes it.
  public func evaluate(_ x: Double) -> Double {
    evaluateElementary(self, x)
  }

  /// The derivative of the function at `x`, given `result`, the function's value at `x` (several rules are
  /// cheapest, and print shortest, in terms of the result: `exp′ = exp`, `tanh′ = 1 - tanh²`).
  ///
  /// This is the rule table. For ``Dual`` it is evaluated on `Double`s and multiplied by the incoming tangent;
  /// for ``SymbolicExpression`` it builds the derivative formula.
  @inlinable public func derivative<A: DerivativeAlgebra>(at x: A, result: A) -> A {
    elementaryDerivative(self, at: x, result: result)
  }

  /// The point convention this function uses at `x`, when `x` is a point without a finite derivative that the
  /// notebook should mention (only `sqrt` at 0, whose derivative is taken to be `+infinity`).
  public func kink(at x: Double) -> Kink? {
    self == .sqrt && x == 0 ? .squareRootAtZero : nil
  }
}

// Free functions, so that `sin(x)` inside them means the math function and not the enum case.

@inlinable func elementaryDerivative<A: DerivativeAlgebra>(
  _ function: ElementaryFunction,
  at x: A,
  result y: A
) -> A {
  switch function {
  case .sqrt: return 0.5 / y
  case .exp: return y
  case .log: return 1 / x
  case .log2: return 1 / (M_LN2 * x)
  case .log10: return 1 / (M_LN10 * x)
  case .sin: return cos(x)
  case .cos: return -sin(x)
  case .tan: return 1 + y * y
  case .asin: return 1 / sqrt(1 - x * x)
  case .acos: return -1 / sqrt(1 - x * x)
  case .atan: return 1 / (1 + x * x)
  case .sinh: return cosh(x)
  case .cosh: return sinh(x)
  case .tanh: return 1 - y * y
  }
}

private func evaluateElementary(_ function: ElementaryFunction, _ x: Double) -> Double {
  switch function {
  case .sqrt: return sqrt(x)
  case .exp: return exp(x)
  case .log: return log(x)
  case .log2: return log2(x)
  case .log10: return log10(x)
  case .sin: return sin(x)
  case .cos: return cos(x)
  case .tan: return tan(x)
  case .asin: return asin(x)
  case .acos: return acos(x)
  case .atan: return atan(x)
  case .sinh: return sinh(x)
  case .cosh: return cosh(x)
  case .tanh: return tanh(x)
  }
}
