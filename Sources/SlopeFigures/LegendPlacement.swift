/// matplotlib's `loc="best"`: of the candidate positions, the one whose box hides the least data;
/// ties go to the earlier position.
///
/// matplotlib counts covered vertices and crossing segments; after simplification vertex density says
/// more about flatness than about data, so here a box's cost is the length of line it covers plus a
/// marker's diameter for each marker it covers.
enum LegendPlacement {
  /// Candidates in matplotlib's order of preference.
  enum Location: CaseIterable {
    case upperRight, upperLeft, lowerLeft, lowerRight, centerLeft, centerRight, lowerCenter, upperCenter, center
  }

  struct Rectangle: Equatable {
    var left: Double
    var top: Double
    var width: Double
    var height: Double
    var right: Double { left + width }
    var bottom: Double { top + height }

    func contains(_ point: SurfacePoint) -> Bool {
      point.x >= left && point.x <= right && point.y >= top && point.y <= bottom
    }

    /// The length of the part of a segment inside the rectangle (Liang–Barsky clipping).
    func coveredLength(_ a: SurfacePoint, _ b: SurfacePoint) -> Double {
      guard let (low, high) = SegmentClipping.parameters(a, b, left: left, top: top, right: right, bottom: bottom)
      else { return 0 }
      let dx = b.x - a.x
      let dy = b.y - a.y
      return (high - low) * (dx * dx + dy * dy).squareRoot()
    }
  }

  /// The box of `size` inside `area`, `padding` from its edges, at the least crowded candidate.
  static func best(
    width: Double,
    height: Double,
    in area: Rectangle,
    padding: Double,
    polylines: [[SurfacePoint]],
    points: [SurfacePoint],
    markerSize: Double
  ) -> Rectangle {
    var best: Rectangle?
    var bestCost = Double.infinity
    for location in Location.allCases {
      let box = rectangle(location, width: width, height: height, in: area, padding: padding)
      var cost = points.reduce(0.0) { $0 + (box.contains($1) ? markerSize : 0) }
      for polyline in polylines {
        for index in polyline.indices.dropFirst() {
          cost += box.coveredLength(polyline[index - 1], polyline[index])
        }
      }
      // Rounding noise must not beat matplotlib's order of preference.
      if cost < bestCost - 1e-6 {
        best = box
        bestCost = cost
        if cost == 0 { break }
      }
    }
    return best ?? rectangle(.upperRight, width: width, height: height, in: area, padding: padding)
  }

  static func rectangle(
    _ location: Location,
    width: Double,
    height: Double,
    in area: Rectangle,
    padding: Double
  )
    -> Rectangle
  {
    let left = area.left + padding
    let right = area.right - padding - width
    let middleX = area.left + (area.width - width) / 2
    let top = area.top + padding
    let bottom = area.bottom - padding - height
    let middleY = area.top + (area.height - height) / 2
    switch location {
    case .upperRight: return Rectangle(left: right, top: top, width: width, height: height)
    case .upperLeft: return Rectangle(left: left, top: top, width: width, height: height)
    case .lowerLeft: return Rectangle(left: left, top: bottom, width: width, height: height)
    case .lowerRight: return Rectangle(left: right, top: bottom, width: width, height: height)
    case .centerLeft: return Rectangle(left: left, top: middleY, width: width, height: height)
    case .centerRight: return Rectangle(left: right, top: middleY, width: width, height: height)
    case .lowerCenter: return Rectangle(left: middleX, top: bottom, width: width, height: height)
    case .upperCenter: return Rectangle(left: middleX, top: top, width: width, height: height)
    case .center: return Rectangle(left: middleX, top: middleY, width: width, height: height)
    }
  }
}
