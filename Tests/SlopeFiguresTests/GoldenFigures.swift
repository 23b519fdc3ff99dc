import SlopeFigures

/// The figures whose SVG, ASCII and Unicode renderings are kept as golden files.
enum GoldenFigures {
  static func all() throws -> [(name: String, figure: Figure)] {
    [
      ("tutorial-line", tutorialLine()),
      ("tutorial-parabola", tutorialParabola()),
      ("tangent-lines", try tangentLines()),
      ("legend-several-series", try severalSeries()),
      ("scatter", scatter()),
      ("negative-range", negativeRange()),
      ("tiny-range", tinyRange()),
      ("huge-range", hugeRange()),
      ("constant-function", try constantFunction()),
      ("nan-and-infinities", try nanAndInfinities()),
      ("single-point", singlePoint()),
      ("log-error-against-step", logErrorAgainstStep()),
      ("offset-axis", offsetAxis()),
      ("dense-sine", denseSine()),
    ]
  }

  /// The tutorial's first plot: `plt.plot(range(5), 2*x)`.
  static func tutorialLine() -> Figure {
    Figure(series: [Series(kind: .line, x: [0, 1, 2, 3, 4], y: [0, 2, 4, 6, 8])])
  }

  /// The tutorial's second plot: `plt.plot(range(5), 2*x**2)`.
  static func tutorialParabola() -> Figure {
    Figure(series: [Series(kind: .line, x: [0, 1, 2, 3, 4], y: [0, 2, 8, 18, 32])])
  }

  /// The tutorial's tangent lines of 2x² at x = 0…4 with the book's colours and forward difference.
  static func tangentLines() throws -> Figure {
    func f(_ x: Double) -> Double { 2 * x * x }
    var series = [try Series.function(f, from: 0, to: 5)]
    let colors = ["k", "g", "r", "b", "c"]
    for (index, x1) in [0.0, 1, 2, 3, 4].enumerated() {
      let delta = 0.0001
      let x2 = x1 + delta
      let slope = (f(x2) - f(x1)) / (x2 - x1)
      let intercept = f(x2) - slope * x2
      series.append(Series(kind: .scatter, x: [x1], y: [f(x1)], color: colors[index]))
      series.append(
        try Series.function({ slope * $0 + intercept }, from: x1 - 0.9, to: x1 + 0.9, color: colors[index])
      )
    }
    return Figure(series: series, title: "Tangent lines of f(x) = 2x²", xLabel: "x", yLabel: "f(x)")
  }

  static func severalSeries() throws -> Figure {
    func cube(_ x: Double) -> Double { x * x * x / 4 - x }
    return Figure(
      series: [
        try Series.function(cube, from: -3, to: 3, label: "x³/4 − x"),
        try Series.function({ 3 * $0 * $0 / 4 - 1 }, from: -3, to: 3, label: "derivative 3x²/4 − 1", style: .dashed),
        try Series.function({ _ in 0.5 }, from: -3, to: 3, label: "y = 0.5 <dotted & \"quoted\">", style: .dotted),
      ],
      title: "A cubic & its derivative",
      xLabel: "x",
      yLabel: "y"
    )
  }

  /// Deterministic pseudo-random points around a line.
  static func scatter() -> Figure {
    var state: UInt64 = 0x2545_f491_4f6c_dd1d
    func next() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53)
    }
    var xs: [Double] = []
    var ys: [Double] = []
    for _ in 0..<60 {
      let x = next() * 10
      xs.append(x)
      ys.append(0.8 * x + 1 + (next() - 0.5) * 3)
    }
    return Figure(
      series: [
        Series(kind: .scatter, x: xs, y: ys, label: "samples"),
        Series(kind: .line, x: [0, 10], y: [1, 9], label: "fit y = 0.8x + 1", color: "tab:red"),
      ],
      title: "Scatter with a fitted line",
      xLabel: "input",
      yLabel: "output"
    )
  }

  static func negativeRange() -> Figure {
    let xs = stride(from: -10.0, through: -2, by: 0.5).map { $0 }
    return Figure(
      series: [Series(kind: .line, x: xs, y: xs.map { -$0 * $0 / 10 - 3 }, color: "purple")],
      title: "Negative values",
      xLabel: "x",
      yLabel: "−x²/10 − 3"
    )
  }

  static func tinyRange() -> Figure {
    let xs = (0...20).map { Double($0) * 5e-11 }
    return Figure(
      series: [Series(kind: .line, x: xs, y: xs.map { 1 + $0 * $0 * 1e9 }, label: "1 + 10⁹x²")],
      title: "A range of 1e−9",
      xLabel: "x"
    )
  }

  static func hugeRange() -> Figure {
    let xs = (0...20).map { Double($0) * 5e10 }
    return Figure(
      series: [Series(kind: .line, x: xs, y: xs.map { $0 * $0 / 1e12 }, color: "#d62728")],
      title: "A range of 1e12",
      xLabel: "x",
      yLabel: "x²/10¹²"
    )
  }

  static func constantFunction() throws -> Figure {
    Figure(series: [try Series.function({ _ in 3 }, from: 0, to: 1, label: "f(x) = 3")], title: "A constant function")
  }

  static func nanAndInfinities() throws -> Figure {
    let xs = (0...12).map(Double.init)
    var ys = xs.map { $0 / 2 + 1 }
    ys[3] = .nan
    ys[6] = .infinity
    ys[7] = -.infinity
    ys[10] = .nan
    return Figure(
      series: [
        Series(kind: .line, x: xs, y: ys, label: "data with NaN and ±inf"),
        try Series.function(
          { ($0 - 6) * ($0 - 6) - 4 >= 0 ? (($0 - 6) * ($0 - 6) - 4).squareRoot() : .nan },
          from: 0,
          to: 12,
          label: "√((x − 6)² − 4)"
        ),
      ],
      title: "Gaps at non-finite values"
    )
  }

  static func singlePoint() -> Figure {
    Figure(series: [Series(kind: .line, x: [2], y: [3])], title: "A single point")
  }

  /// Forward-difference error of x³ at 1 against the step size, on log–log axes.
  static func logErrorAgainstStep() -> Figure {
    let steps = (1...16).map { pow10(-$0) }
    // The book's quotient divided by h (not by (x + h) − x), so rounding error shows for small h.
    let errors = steps.map { h -> Double in
      let t = 1 + h
      return abs((t * t * t - 1) / h - 3)
    }
    return Figure(
      series: [
        Series(kind: .line, x: steps, y: errors, label: "forward difference"),
        Series(kind: .scatter, x: steps, y: errors, color: "C0"),
      ],
      title: "Error against step size",
      xLabel: "step h",
      yLabel: "absolute error",
      xScale: .log10,
      yScale: .log10
    )
  }

  static func offsetAxis() -> Figure {
    let xs = (0...10).map { 1e6 + Double($0) }
    return Figure(series: [Series(kind: .line, x: xs, y: xs.map { ($0 - 1e6) * 0.3 })], xLabel: "x near one million")
  }

  /// 100,000 points of a sine: the SVG must simplify it.
  static func denseSine() -> Figure {
    let count = 100_000
    let xs = (0..<count).map { Double($0) / Double(count - 1) * 20 }
    return Figure(
      series: [Series(kind: .line, x: xs, y: xs.map { sineApproximation($0) }, label: "sin(x), 100,000 points")],
      title: "A long series"
    )
  }

  /// A sine from arithmetic only, so the golden files do not depend on the platform's libm.
  static func sineApproximation(_ x: Double) -> Double {
    let twoPi = 6.283185307179586
    var t = x - twoPi * (x / twoPi).rounded(.down) - 3.141592653589793
    t = -t
    // Taylor series to degree 15 on [-π, π].
    var term = t
    var sum = t
    for n in stride(from: 3, through: 15, by: 2) {
      term *= -t * t / Double((n - 1) * n)
      sum += term
    }
    return sum
  }

  private static func pow10(_ exponent: Int) -> Double {
    Double("1e\(exponent)") ?? 0
  }
}
