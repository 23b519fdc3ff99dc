/// Samples `y = f(x)` for `plot(f, from:to:)`: densely where the curve bends, sparsely where it is straight.
///
/// The sampler starts from an even grid and then, pass by pass, halves every interval next to a point
/// that lies off the chord of its neighbours by more than a small fraction of the y range (about a
/// quarter of a pixel on the default figure), or where the function turns non-finite. Finally it drops
/// points that lie on the line through their neighbours, so a tangent line comes out as two points.
/// Non-finite values become a single NaN in `y`: a gap in the line. The same function and range always
/// give the same samples.
public struct FunctionSampler: Sendable {
  /// Intervals of the first, even grid.
  public var initialIntervals = 64
  /// How many times an interval may be halved.
  public var maximumPasses = 10
  /// A cap on calls to the function, so slow or wild functions stay bounded.
  public var maximumEvaluations = 6_000
  /// Allowed deviation from a straight chord, as a fraction of the y range.
  public var tolerance = 5e-4

  /// A sampler with the default grid, depth and tolerance.
  public init() {}

  /// The samples as parallel arrays; `y` holds NaN where the line breaks.
  public struct Samples: Sendable, Equatable {
    /// Sample positions, increasing.
    public var x: [Double]
    /// Function values; NaN marks a gap in the line.
    public var y: [Double]
  }

  /// Samples `function` over `lower...upper`.
  ///
  /// - Throws: ``FigureError/invalidRange(from:to:)`` for an empty, reversed or non-finite range, and
  ///   whatever `function` throws.
  public func sample(_ function: (Double) throws -> Double, from lower: Double, to upper: Double) throws -> Samples {
    guard lower.isFinite, upper.isFinite, lower < upper else {
      throw FigureError.invalidRange(from: lower, to: upper)
    }
    let width = upper - lower
    var xs = (0...initialIntervals).map { index in
      index == initialIntervals ? upper : lower + width * Double(index) / Double(initialIntervals)
    }
    var ys = try xs.map(function)
    var evaluations = xs.count
    let finite = ys.filter(\.isFinite)
    let span = (finite.max() ?? 0) - (finite.min() ?? 0)
    let scale = span > 0 ? span : Swift.max(Swift.abs(finite.first ?? 1), 1)
    let limit = tolerance * scale

    for _ in 0..<maximumPasses {
      let split = intervalsToSplit(xs, ys, limit: limit)
      let needed = split.filter { $0 }.count
      guard needed > 0, evaluations + needed <= maximumEvaluations else { break }
      var newXs: [Double] = []
      var newYs: [Double] = []
      newXs.reserveCapacity(xs.count + needed)
      newYs.reserveCapacity(xs.count + needed)
      for index in 0..<xs.count {
        newXs.append(xs[index])
        newYs.append(ys[index])
        if index < split.count && split[index] {
          let middle = xs[index] + (xs[index + 1] - xs[index]) / 2
          guard middle > xs[index], middle < xs[index + 1] else { continue }
          newXs.append(middle)
          newYs.append(try function(middle))
        }
      }
      evaluations += needed
      xs = newXs
      ys = newYs
    }
    return simplified(xs, ys, xScale: width, yScale: scale)
  }

  /// For each interval between consecutive samples, whether it should be halved.
  private func intervalsToSplit(_ xs: [Double], _ ys: [Double], limit: Double) -> [Bool] {
    guard ys.count >= 2 else { return [] }
    var split = [Bool](repeating: false, count: ys.count - 1)
    for index in 0..<(ys.count - 1) where ys[index].isFinite != ys[index + 1].isFinite {
      split[index] = true
    }
    if ys.count >= 3 {
      for index in 1..<(ys.count - 1) {
        let (before, here, after) = (ys[index - 1], ys[index], ys[index + 1])
        guard before.isFinite, here.isFinite, after.isFinite else { continue }
        let position = (xs[index] - xs[index - 1]) / (xs[index + 1] - xs[index - 1])
        if Swift.abs(here - (before + (after - before) * position)) > limit {
          split[index - 1] = true
          split[index] = true
        }
      }
    }
    return split
  }

  /// Runs of finite points with collinear interior points removed, separated by single NaN gaps.
  private func simplified(_ xs: [Double], _ ys: [Double], xScale: Double, yScale: Double) -> Samples {
    var result = Samples(x: [], y: [])
    var run: [(Double, Double)] = []
    func flush() {
      let kept = Self.removeCollinear(run, xScale: xScale, yScale: yScale)
      result.x.append(contentsOf: kept.map(\.0))
      result.y.append(contentsOf: kept.map(\.1))
      run.removeAll()
    }
    for (x, y) in zip(xs, ys) {
      if y.isFinite {
        run.append((x, y))
      } else {
        flush()
        // One NaN marks the gap however many samples fell in it; a leading gap needs no mark.
        if let last = result.y.last, !last.isNaN {
          result.x.append(x)
          result.y.append(.nan)
        }
      }
    }
    flush()
    return result
  }

  /// Douglas–Peucker with a tolerance far below a pixel, on coordinates scaled to the sampled range.
  static func removeCollinear(_ points: [(Double, Double)], xScale: Double, yScale: Double) -> [(Double, Double)] {
    guard points.count > 2 else { return points }
    let epsilon = 1e-5
    var keep = [Bool](repeating: false, count: points.count)
    keep[0] = true
    keep[points.count - 1] = true
    var stack = [(0, points.count - 1)]
    while let (first, last) = stack.popLast() {
      guard last > first + 1 else { continue }
      let (x0, y0) = (points[first].0 / xScale, points[first].1 / yScale)
      let (x1, y1) = (points[last].0 / xScale, points[last].1 / yScale)
      let (dx, dy) = (x1 - x0, y1 - y0)
      let length = (dx * dx + dy * dy).squareRoot()
      var farthest = first
      var distance = 0.0
      for index in (first + 1)..<last {
        let (px, py) = (points[index].0 / xScale - x0, points[index].1 / yScale - y0)
        let d = length > 0 ? Swift.abs(px * dy - py * dx) / length : (px * px + py * py).squareRoot()
        if d > distance {
          distance = d
          farthest = index
        }
      }
      if distance > epsilon {
        keep[farthest] = true
        stack.append((first, farthest))
        stack.append((farthest, last))
      }
    }
    return zip(points, keep).filter(\.1).map(\.0)
  }
}

extension Series {
  /// A line series of `function` sampled over `lower...upper` by ``FunctionSampler``.
  public static func function(
    _ function: (Double) throws -> Double,
    from lower: Double,
    to upper: Double,
    label: String? = nil,
    color: String? = nil,
    style: Style = .solid
  ) throws -> Series {
    let samples = try FunctionSampler().sample(function, from: lower, to: upper)
    return Series(kind: .line, x: samples.x, y: samples.y, label: label, color: color, style: style)
  }
}
