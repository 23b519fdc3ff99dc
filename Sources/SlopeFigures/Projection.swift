/// A point on a drawing surface, in that surface's units (pixels for SVG, dots or cells for text).
struct SurfacePoint: Sendable, Equatable {
  var x: Double
  var y: Double
}

/// Maps data coordinates into a rectangle of a drawing surface whose y axis points down.
struct Projection: Sendable {
  var xAxis: AxisLayout
  var yAxis: AxisLayout
  var left: Double
  var right: Double
  var top: Double
  var bottom: Double

  /// The surface point of a data point, or `nil` for a gap (non-finite, or not positive on a log axis).
  func point(_ x: Double, _ y: Double) -> SurfacePoint? {
    guard let fx = xAxis.fraction(of: x), let fy = yAxis.fraction(of: y) else { return nil }
    // Far outside the view only the direction matters; clamping keeps numbers printable.
    let px = Swift.min(Swift.max(left + fx * (right - left), -1e6), 1e6)
    let py = Swift.min(Swift.max(bottom - fy * (bottom - top), -1e6), 1e6)
    return SurfacePoint(x: px, y: py)
  }

  /// The runs of consecutive drawable points of a series, split at gaps.
  func runs(x xs: [Double], y ys: [Double]) -> [[SurfacePoint]] {
    var runs: [[SurfacePoint]] = []
    var current: [SurfacePoint] = []
    for (x, y) in zip(xs, ys) {
      if let point = point(x, y) {
        current.append(point)
      } else if !current.isEmpty {
        runs.append(current)
        current = []
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }
}

/// Shrinks long polylines without visible change: within each narrow column of the surface only the
/// first, lowest, highest and last points matter to the rasterised line (the M4 rule), so every other
/// point is dropped. A 100,000-point line keeps at most four points per column.
enum PathSimplifier {
  static func simplify(_ run: [SurfacePoint], columnWidth: Double) -> [SurfacePoint] {
    guard run.count > 4 else { return run }
    var result: [SurfacePoint] = []
    result.reserveCapacity(Swift.min(run.count, 4096))
    var bucketStart = 0
    var bucket = (run[0].x / columnWidth).rounded(.down)
    var lowest = 0
    var highest = 0

    func emit(upTo end: Int) {
      // Indices in drawing order, each once.
      var indices = [bucketStart, lowest, highest, end - 1]
      indices.sort()
      var previous = -1
      for index in indices where index != previous {
        result.append(run[index])
        previous = index
      }
    }

    for index in 1..<run.count {
      let column = (run[index].x / columnWidth).rounded(.down)
      if column != bucket {
        emit(upTo: index)
        bucketStart = index
        bucket = column
        lowest = index
        highest = index
      } else {
        if run[index].y < run[lowest].y { lowest = index }
        if run[index].y > run[highest].y { highest = index }
      }
    }
    emit(upTo: run.count)
    return result
  }
}
