import SlopeFigures

extension Prelude {
  /// The figure functions of the notebook prelude (spec "Figures"), mirroring pyplot: calls draw into the
  /// current figure, `show()` ends it, and a figure still open when the block ends is shown then.
  func registerFigures() {
    let styleType = SType.prelude("LineStyle")
    types["LineStyle"] = styleType
    for (name, style) in [("solid", Series.Style.solid), ("dashed", .dashed), ("dotted", .dotted)] {
      let value = Value.object(LineStyleCase(name: name, style: style))
      staticMember("LineStyle", name) { _ in .constant(value, type: styleType) }
    }
    registerPlots(styleType: styleType)
    for (name, apply) in [
      ("title", { (figure: inout Figure, text: String) in figure.title = text }),
      ("xlabel", { (figure: inout Figure, text: String) in figure.xLabel = text }),
      ("ylabel", { (figure: inout Figure, text: String) in figure.yLabel = text }),
    ] {
      function(name, labels: [nil]) { site throws(CompileError) in
        guard Prelude.match(site, [nil]) != nil else { return nil }
        let text = try site.argument(0, as: .string).eval
        return Expr(type: .void) { m throws(Trap) in
          let value = try text(m).asString
          m.drawing { apply(&$0, value) }
          return .none
        }
      }
    }
    // pyplot's `plt.xscale("log")` and `plt.yscale("log")`.
    for (name, isX) in [("xscale", true), ("yscale", false)] {
      function(name, labels: [nil]) { site throws(CompileError) in
        guard Prelude.match(site, [nil]) != nil else { return nil }
        let text = try site.argument(0, as: .string).eval
        let position = site.position
        return Expr(type: .void) { m throws(Trap) in
          let scale: AxisScale
          switch try text(m).asString {
          case "linear": scale = .linear
          case "log": scale = .log10
          case let other:
            throw Trap(message: "unknown axis scale '\(other)'; use \"linear\" or \"log\"", position: position)
          }
          m.drawing { figure in
            if isX { figure.xScale = scale } else { figure.yScale = scale }
          }
          return .none
        }
      }
    }
    function("show", labels: []) { site throws(CompileError) in
      guard site.arguments.isEmpty else { return nil }
      return Expr(type: .void) { m throws(Trap) in
        if let figure = m.prelude.currentFigure { m.prelude.figures.append(figure) }
        m.prelude.currentFigure = nil
        return .none
      }
    }
  }

  private func registerPlots(styleType: SType) {
    let dataLabels: [String?] = [nil, nil, "label", "color", "style"]
    function("plot", labels: dataLabels) { site throws(CompileError) in
      if let mapping = Prelude.match(site, [nil, "from", "to", "label", "color", "style"], defaults: 3) {
        let f = try site.function(0, parameters: [.double], result: .double).eval
        let from = try site.argument(1, as: .double).eval
        let to = try site.argument(2, as: .double).eval
        let options = try Prelude.seriesOptions(site, mapping: mapping, first: 3, styleType: styleType)
        let position = site.position
        return Expr(type: .void) { m throws(Trap) in
          let function = try f(m)
          let (lower, upper) = (try from(m).asDouble, try to(m).asDouble)
          let (label, color, style) = try options(m)
          let series: Series
          do {
            series = try Series.function(
              { (x: Double) throws -> Double in try invoke(function, argument: .double(x), m, position).asDouble },
              from: lower,
              to: upper,
              label: label,
              color: color,
              style: style
            )
          } catch let trap as Trap {
            throw trap
          } catch {
            throw Trap(message: "\(error)", position: position)
          }
          m.drawing { $0.series.append(series) }
          return .none
        }
      }
      guard let mapping = Prelude.match(site, dataLabels, defaults: 3) else { return nil }
      return try Prelude.dataSeries(.line, site: site, mapping: mapping, styleType: styleType)
    }
    let scatterLabels: [String?] = [nil, nil, "label", "color"]
    function("scatter", labels: scatterLabels) { site throws(CompileError) in
      guard let mapping = Prelude.match(site, scatterLabels, defaults: 2) else { return nil }
      return try Prelude.dataSeries(.scatter, site: site, mapping: mapping, styleType: styleType)
    }
  }

  /// `plot(x, y, …)` and `scatter(x, y, …)`; `[Int]` is accepted wherever `[Double]` is.
  private static func dataSeries(
    _ kind: Series.Kind,
    site: CallSite,
    mapping: [Int?],
    styleType: SType
  )
    throws(CompileError) -> Expr
  {
    var columns: [Eval] = []
    for index in 0..<2 {
      let column = Prelude.asArray(try site.argument(index, expected: .array(.double)), position: site.position)
      guard column.type == .array(.double) || column.type == .array(.int) else {
        throw site.error(
          "cannot convert value of type '\(column.type.spelling)' to expected argument type '[Double]'",
          argument: index
        )
      }
      columns.append(column.eval)
    }
    let options = try seriesOptions(site, mapping: mapping, first: 2, styleType: styleType)
    let (xs, ys) = (columns[0], columns[1])
    let position = site.position
    return Expr(type: .void) { m throws(Trap) in
      let x = try xs(m).asArray.map(\.asDouble)
      let y = try ys(m).asArray.map(\.asDouble)
      let (label, color, style) = try options(m)
      // Checked at the call, as pyplot does, so that the error points at the call rather than at the
      // end of the block where the figure is drawn.
      let index = m.prelude.currentFigure?.series.count ?? 0
      if x.count != y.count {
        let error = FigureError.mismatchedLengths(index: index, label: label, xCount: x.count, yCount: y.count)
        throw Trap(message: error.description, position: position)
      }
      if x.isEmpty {
        throw Trap(message: FigureError.emptySeries(index: index, label: label).description, position: position)
      }
      if let color {
        do throws(FigureError) { try Figure.validateColor(color) } catch {
          throw Trap(message: error.description, position: position)
        }
      }
      let series = Series(kind: kind, x: x, y: y, label: label, color: color, style: style)
      m.drawing { $0.series.append(series) }
      return .none
    }
  }

  /// The `label:`, `color:` and `style:` arguments of a series, from parameter `first` on.
  private static func seriesOptions(
    _ site: CallSite,
    mapping: [Int?],
    first: Int,
    styleType: SType
  )
    throws(CompileError) -> (Machine) throws(Trap) -> (String?, String?, Series.Style)
  {
    var label: Eval?
    var color: Eval?
    var style: Eval?
    if let index = mapping[first] { label = try site.argument(index, as: .optional(.string)).eval }
    if first + 1 < mapping.count, let index = mapping[first + 1] {
      color = try site.argument(index, as: .optional(.string)).eval
    }
    if first + 2 < mapping.count, let index = mapping[first + 2] {
      style = try site.argument(index, as: styleType).eval
    }
    return { m throws(Trap) in
      let labelValue = try label?(m)
      let colorValue = try color?(m)
      var chosen = Series.Style.solid
      if case .object(let object)? = try style?(m), let styleCase = object as? LineStyleCase {
        chosen = styleCase.style
      }
      let text = { (value: Value?) -> String? in
        guard let value, case .string(let box) = value else { return nil }
        return box.value
      }
      return (text(labelValue), text(colorValue), chosen)
    }
  }
}

/// A case of the prelude's `LineStyle`.
final class LineStyleCase: CustomStringConvertible {
  let name: String
  let style: Series.Style

  init(name: String, style: Series.Style) {
    self.name = name
    self.style = style
  }

  var description: String { name }
}

extension Machine {
  /// Changes the current figure, starting one if no drawing call has yet.
  func drawing(_ change: (inout Figure) -> Void) {
    var figure = prelude.currentFigure ?? Figure()
    change(&figure)
    prelude.currentFigure = figure
  }
}
