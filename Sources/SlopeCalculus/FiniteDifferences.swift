/// How ``numericalDerivative(of:at:delta:method:)`` estimates a derivative from values of the function.
public enum DifferenceMethod: String, CaseIterable, Hashable, Sendable {
  /// `x2 = x + delta`, then `(f(x2) - f(x)) / (x2 - x)`: the tutorial's formula, bit for bit.
  case forward
  /// `x1 = x - delta`, then `(f(x) - f(x1)) / (x - x1)`.
  case backward
  /// `(f(x + delta) - f(x - delta)) / ((x + delta) - (x - delta))`.
  case central
  /// Central differences at `delta`, `delta / 1.4`, `delta / 1.4²`, … refined by Richardson extrapolation
  /// (Ridders' scheme), stopping when the error estimate stops improving. Never evaluates `f` farther than
  /// `delta` from `x`.
  case extrapolated
}

/// Estimates `f′(x)` by finite differences, exactly as the notebook prelude's function of the same name.
///
/// The formulas are evaluated in the order the spec states, so `.forward` reproduces the tutorial's printed
/// numbers (`4.0001999999987845` for `2 * x * x` at 1 with the default `delta`).
///
/// `.extrapolated` reaches about 1e-12 relative error on smooth functions away from zeros of `f′` when `delta`
/// is not much smaller than the scale on which `f` changes (rounding limits any method that stays within
/// `delta` of `x` to about `1e-16 · |f| / delta`); with the default `delta` it still gives `log′(0.001) = 1000`
/// to 1e-12 where adaptive libraries with large default steps leave the domain.
///
/// - Parameters:
///   - f: The function; its errors are passed on.
///   - x: Where to differentiate.
///   - delta: The step (the largest step for `.extrapolated`).
///   - method: The formula.
public func numericalDerivative(
  of f: (Double) throws -> Double,
  at x: Double,
  delta: Double = 0.0001,
  method: DifferenceMethod = .forward
) rethrows -> Double {
  switch method {
  case .forward:
    let x2 = x + delta
    return (try f(x2) - f(x)) / (x2 - x)
  case .backward:
    let x1 = x - delta
    return (try f(x) - f(x1)) / (x - x1)
  case .central:
    return try centralDifference(of: f, at: x, step: delta)
  case .extrapolated:
    return try extrapolatedDerivative(of: f, at: x, delta: delta).estimate
  }
}

/// The result of Richardson extrapolation: the estimate and an estimate of its error.
public struct ExtrapolatedDerivative: Hashable, Sendable {
  /// The derivative estimate.
  public var estimate: Double
  /// The estimated absolute error (the change between the best extrapolation and its neighbours).
  public var errorEstimate: Double
  /// How many times the function was evaluated.
  public var evaluations: Int
}

/// Ridders' method: a Neville tableau of central differences whose steps shrink by `stepRatio`, starting at
/// `delta`, returning the tableau entry with the smallest error estimate.
///
/// - Parameters:
///   - f: The function.
///   - x: Where to differentiate.
///   - delta: The first and largest step; `f` is never evaluated outside `[x - delta, x + delta]`.
///   - stepRatio: How much each step is smaller than the previous one (1.4 as in *Numerical Recipes*; a ratio
///     near 1 keeps steps large, which keeps rounding error small).
///   - maximumRows: The number of steps tried at most.
public func extrapolatedDerivative(
  of f: (Double) throws -> Double,
  at x: Double,
  delta: Double = 0.0001,
  stepRatio: Double = 1.4,
  maximumRows: Int = 12
) rethrows -> ExtrapolatedDerivative {
  let ratioSquared = stepRatio * stepRatio
  // Stop when the diagonal's error exceeds the best error by this factor: rounding has taken over.
  let divergenceFactor = 2.0
  var step = delta
  var previousRow = [try centralDifference(of: f, at: x, step: step, within: delta)]
  var best = ExtrapolatedDerivative(estimate: previousRow[0], errorEstimate: .infinity, evaluations: 2)
  for _ in 1..<max(maximumRows, 1) {
    step /= stepRatio
    var row = [try centralDifference(of: f, at: x, step: step, within: delta)]
    best.evaluations += 2
    var factor = ratioSquared
    for column in 1...previousRow.count {
      let refined = row[column - 1] + (row[column - 1] - previousRow[column - 1]) / (factor - 1)
      row.append(refined)
      factor *= ratioSquared
      let error = max(abs(refined - row[column - 1]), abs(refined - previousRow[column - 1]))
      if error <= best.errorEstimate {
        best.errorEstimate = error
        best.estimate = refined
      }
    }
    let diagonalChange = abs(row[row.count - 1] - previousRow[previousRow.count - 1])
    if diagonalChange >= divergenceFactor * best.errorEstimate { break }
    previousRow = row
  }
  return best
}

private func centralDifference(
  of f: (Double) throws -> Double,
  at x: Double,
  step: Double
) rethrows -> Double {
  let x2 = x + step
  let x1 = x - step
  return (try f(x2) - f(x1)) / (x2 - x1)
}

/// A central difference whose points are nudged inward by an ulp when rounding `x ± step` would land farther
/// than `limit` from `x`, so a domain boundary at `x ± limit` is never crossed.
private func centralDifference(
  of f: (Double) throws -> Double,
  at x: Double,
  step: Double,
  within limit: Double
) rethrows -> Double {
  var x2 = x + step
  if x2 - x > limit { x2 = x2.nextDown }
  var x1 = x - step
  if x - x1 > limit { x1 = x1.nextUp }
  return (try f(x2) - f(x1)) / (x2 - x1)
}
