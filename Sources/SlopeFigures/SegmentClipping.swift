/// Liang–Barsky clipping of a segment against an axis-aligned rectangle.
enum SegmentClipping {
  /// The parameter interval `t0...t1` (0 at `a`, 1 at `b`) of the segment's part inside the rectangle,
  /// or `nil` when the segment misses it.
  static func parameters(
    _ a: SurfacePoint,
    _ b: SurfacePoint,
    left: Double,
    top: Double,
    right: Double,
    bottom: Double
  ) -> (Double, Double)? {
    var low = 0.0
    var high = 1.0
    let dx = b.x - a.x
    let dy = b.y - a.y
    // Each edge as (p, q): inside where p·t <= q.
    func clip(_ p: Double, _ q: Double) -> Bool {
      if p == 0 { return q >= 0 }
      let t = q / p
      if p < 0 {
        if t > low { low = t }
      } else if t < high {
        high = t
      }
      return low <= high
    }
    guard clip(-dx, a.x - left), clip(dx, right - a.x), clip(-dy, a.y - top), clip(dy, bottom - a.y) else {
      return nil
    }
    return (low, high)
  }
}
