import Foundation

/// Floor division of doubles with the rounding corrections of Python's `divmod`, which matplotlib's
/// tick locator relies on at tick edges.
enum FloorDivision {
  /// `(floor(x / step), x - floor(x / step) * step)` with the remainder carrying the divisor's sign.
  static func divmod(_ x: Double, _ step: Double) -> (quotient: Double, remainder: Double) {
    var remainder = fmod(x, step)
    var quotient = (x - remainder) / step
    if remainder != 0 {
      if (step < 0) != (remainder < 0) {
        remainder += step
        quotient -= 1
      }
    } else {
      remainder = copysign(0, step)
    }
    if quotient != 0 {
      var floored = floor(quotient)
      if quotient - floored > 0.5 { floored += 1 }
      quotient = floored
    } else {
      quotient = copysign(0, x / step)
    }
    return (quotient, remainder)
  }

  static func floorDivide(_ x: Double, _ step: Double) -> Double {
    divmod(x, step).quotient
  }
}
