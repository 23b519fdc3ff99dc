/// A series projected onto the SVG surface and simplified: polylines for lines, dots for markers.
struct SeriesShape {
  var series: FigureLayout.PlottedSeries
  /// Polylines of at least two points.
  var polylines: [[SurfacePoint]] = []
  /// Scatter markers, and the isolated points of a line (a run of one point between gaps).
  var markers: [SurfacePoint] = []

  /// Half-pixel columns keep the M4 simplification invisible on high-density screens too.
  static let columnWidth = 0.5

  init(_ series: FigureLayout.PlottedSeries, projection: Projection) {
    self.series = series
    let runs = projection.runs(x: series.x, y: series.y)
    switch series.kind {
    case .line:
      for run in runs {
        if run.count == 1 {
          markers.append(run[0])
        } else {
          polylines.append(PathSimplifier.simplify(run, columnWidth: Self.columnWidth))
        }
      }
    case .scatter:
      markers = Self.distinctMarkers(runs.flatMap { $0 }, projection: projection)
    }
  }

  /// Markers inside the plot box, without exact repeats at the printed precision (or at whole-pixel
  /// precision for very many points, where a 4 px marker moved by half a pixel looks the same).
  private static func distinctMarkers(_ points: [SurfacePoint], projection: Projection) -> [SurfacePoint] {
    let grid = points.count > 2_000 ? 1.0 : 100.0
    let margin = 6.0
    // Points are inside the box, so both grid coordinates are positive and below 100,000.
    var seen = Set<Int>()
    var result: [SurfacePoint] = []
    for point in points {
      guard point.x >= projection.left - margin, point.x <= projection.right + margin,
        point.y >= projection.top - margin, point.y <= projection.bottom + margin
      else { continue }
      let column = Int((point.x * grid).rounded())
      let row = Int((point.y * grid).rounded())
      if seen.insert(column * 100_000 + row).inserted {
        result.append(grid == 100 ? point : SurfacePoint(x: Double(column) / grid, y: Double(row) / grid))
      }
    }
    return result
  }
}

extension SVGRenderer {
  static let markerRadius = 4.17
  static let isolatedPointRadius = 2.6

  func writeSeries(_ shape: SeriesShape, into svg: inout SVGWriter) {
    let index = shape.series.index
    if !shape.polylines.isEmpty {
      var d = ""
      for polyline in shape.polylines {
        var pairs: [String] = []
        for point in polyline {
          let pair = svg.n(point.x) + " " + svg.n(point.y)
          if pair != pairs.last { pairs.append(pair) }
        }
        // A run that rounds to one spot still shows, as the square cap of a zero-length segment.
        d += "M" + pairs[0] + (pairs.count == 1 ? "h0" : "L" + pairs[1...].joined(separator: " "))
      }
      let dash: String
      switch shape.series.style {
      case .solid: dash = ""
      case .dashed: dash = " dashed"
      case .dotted: dash = " dotted"
      }
      svg.line("<path class=\"line c\(index)\(dash)\" d=\"\(d)\"/>")
    }
    if !shape.markers.isEmpty {
      let radius = shape.series.kind == .scatter ? Self.markerRadius : Self.isolatedPointRadius
      // One path of circles (two arcs each) is far smaller than one element per marker.
      let r = svg.n(radius)
      let diameter = svg.n(2 * radius)
      var d = ""
      for point in shape.markers {
        d += "M" + svg.n(point.x - radius) + " " + svg.n(point.y)
        d += "a\(r) \(r) 0 1 0 \(diameter) 0a\(r) \(r) 0 1 0 -\(diameter) 0"
      }
      svg.line("<path class=\"m\(index)\" d=\"\(d)\"/>")
    }
  }
}
