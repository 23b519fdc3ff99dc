import Foundation
import SlopeCalculus

/// The test catalogue: every function defined once, generically, and run on `Double`, `Dual` and (for the
/// smooth ones) `SymbolicExpression`. Names match `Scripts/calculus-fixtures.py`, which stores exact
/// derivatives from SymPy in `Fixtures/catalogue.json`.
enum Catalogue {
  /// A function of the variables in `v` (one to three of them).
  typealias Body<T> = ([T]) -> T

  /// Functions in the symbolic subset: arithmetic, `pow` and smooth elementary functions, loops over constants.
  static func smooth<T: DerivativeAlgebra>(_: T.Type) -> [(name: String, body: Body<T>)] {
    polynomials(T.self) + transcendental(T.self) + compositions(T.self) + severalVariables(T.self)
  }

  /// Functions with branches, `max`, `min` or `abs`, for `Double` and `Dual` only.
  static func piecewise<T: RealScalar>(_: T.Type) -> [(name: String, body: Body<T>)] {
    [
      ("relu", { v in T.maximum(of: T(0), v[0]) }),
      ("leakyRelu", { v in v[0].primal > 0 ? v[0] : 0.01 * v[0] }),
      ("absolute", { v in v[0].magnitude }),
      ("branchSquare", { v in v[0].primal < 1 ? v[0] * v[0] : 2 * v[0] - 1 }),
      ("minimumPair", { v in T.minimum(of: v[0] * v[0], 2 - v[0]) }),
      ("huber", { v in v[0].magnitude.primal <= 1 ? 0.5 * v[0] * v[0] : v[0].magnitude - 0.5 }),
      ("clampedCube", { v in T.maximum(of: T(-1), T.minimum(of: T(1), pow(v[0], 3))) }),
      ("angle", { v in atan2(v[1], v[0]) }),
    ]
  }

  private static func polynomials<T: DerivativeAlgebra>(_: T.Type) -> [(name: String, body: Body<T>)] {
    [
      ("book", { v in 2 * v[0] * v[0] }),
      ("quadratic", { v in 3 * v[0] * v[0] + 2 * v[0] + 1 }),
      ("cube", { v in v[0] * v[0] * v[0] }),
      ("powCube", { v in pow(v[0], 3) }),
      ("quintic", { v in 5 * pow(v[0], 5) + 4 * pow(v[0], 3) - 5 }),
      ("quartic", { v in pow(v[0], 4) - 3 * pow(v[0], 2) + v[0] - 7 }),
      ("cubicProduct", { v in (v[0] - 1) * (v[0] + 2) * (v[0] - 3) }),
      ("sextic", { v in pow(v[0], 6) - v[0] }),
      ("reciprocal", { v in 1 / v[0] }),
      ("lorentzian", { v in 1 / (1 + v[0] * v[0]) }),
      ("mobius", { v in (v[0] + 1) / (v[0] - 2) }),
      ("rationalBump", { v in v[0] / (v[0] * v[0] + 1) }),
      ("rationalCubic", { v in (2 * v[0] * v[0] - 1) / (pow(v[0], 3) + 2) }),
      (
        "horner",
        { v in
          var result = T(0)
          for coefficient in [2.0, -3, 0, 1, 5] { result = result * v[0] + coefficient }
          return result
        }
      ),
    ]
  }

  private static func transcendental<T: DerivativeAlgebra>(_: T.Type) -> [(name: String, body: Body<T>)] {
    [
      ("exponential", { v in exp(v[0]) }),
      ("logarithm", { v in log(v[0]) }),
      ("logBase2", { v in log2(v[0]) }),
      ("logBase10", { v in log10(v[0]) }),
      ("sine", { v in sin(v[0]) }),
      ("cosine", { v in cos(v[0]) }),
      ("tangent", { v in tan(v[0]) }),
      ("arcsine", { v in asin(v[0]) }),
      ("arccosine", { v in acos(v[0]) }),
      ("arctangent", { v in atan(v[0]) }),
      ("hyperbolicTangent", { v in tanh(v[0]) }),
      ("hyperbolicSine", { v in sinh(v[0]) }),
      ("hyperbolicCosine", { v in cosh(v[0]) }),
      ("squareRoot", { v in sqrt(v[0]) }),
      ("powFractional", { v in pow(v[0], 2.5) }),
      ("exponentialBase2", { v in pow(2, v[0]) }),
      ("selfPower", { v in pow(v[0], v[0]) }),
      ("inverseSquareRoot", { v in 1 / sqrt(v[0]) }),
    ]
  }

  private static func compositions<T: DerivativeAlgebra>(_: T.Type) -> [(name: String, body: Body<T>)] {
    [
      ("gaussian", { v in exp(-v[0] * v[0]) }),
      ("xExp", { v in v[0] * exp(v[0]) }),
      ("xLogX", { v in v[0] * log(v[0]) }),
      ("logOnePlusSquare", { v in log(1 + v[0] * v[0]) }),
      ("expSin", { v in exp(sin(v[0])) }),
      ("sinExp", { v in sin(v[0]) * exp(v[0]) }),
      ("sinCos", { v in sin(v[0]) * cos(v[0]) }),
      ("sinSquare", { v in sin(v[0] * v[0]) }),
      ("cosAffine", { v in cos(3 * v[0] + 1) }),
      ("xSinReciprocal", { v in v[0] * sin(1 / v[0]) }),
      ("tanhScaled", { v in tanh(2 * v[0] - 1) * v[0] }),
      ("hypotenuse", { v in sqrt(1 + v[0] * v[0]) }),
      ("sigmoid", { v in 1 / (1 + exp(-v[0])) }),
      ("softplus", { v in log(1 + exp(v[0])) }),
      ("gelu", { v in v[0] / (1 + exp(-1.702 * v[0])) }),
      ("chainedTrig", { v in sin(cos(v[0])) * tan(v[0] / 2) }),
    ]
  }

  private static func severalVariables<T: DerivativeAlgebra>(_: T.Type) -> [(name: String, body: Body<T>)] {
    [
      ("productPlusX", { v in v[0] * v[1] + v[0] }),
      ("mixedPolynomial", { v in v[0] * v[0] * v[1] + sin(v[1]) }),
      ("expProduct", { v in exp(v[0] * v[1]) }),
      ("radius", { v in sqrt(v[0] * v[0] + v[1] * v[1]) }),
      ("quotient", { v in v[0] / v[1] }),
      ("threeVariables", { v in 3 * pow(v[0], 3) * v[2] - v[1] * v[1] + 5 * v[2] + 2 * v[1] * v[2] }),
    ]
  }
}
