extension SVGRenderer {
  /// The embedded stylesheet; every selector starts with the figure's id so inlined figures stay apart.
  ///
  /// Ink uses `currentColor`, and both ink and background read CSS custom properties first, so a page
  /// can restyle inline figures; the dark block follows the embedding page's colour scheme.
  static func style(prefix: String, series: [FigureLayout.PlottedSeries]) -> String {
    let scope = "#\(prefix)"
    var rules = [
      "\(scope){max-width:100%;height:auto;color:var(--slope-figure-ink,#000);"
        + "font-family:\"DejaVu Sans\",Verdana,system-ui,sans-serif;font-size:13.89px;"
        + "font-variant-numeric:tabular-nums}",
      "\(scope) .bg{fill:var(--slope-figure-background,#fff)}",
      "\(scope) text{fill:currentColor}",
      "\(scope) .title{font-size:16.67px}",
      "\(scope) .frame{fill:none;stroke:currentColor;stroke-width:1.11}",
      "\(scope) .ticks{fill:none;stroke:currentColor;stroke-width:1.11}",
      "\(scope) .line{fill:none;stroke-width:2.08;stroke-linecap:square;stroke-linejoin:round}",
      "\(scope) .dashed{stroke-dasharray:7.7 3.33;stroke-linecap:butt}",
      "\(scope) .dotted{stroke-dasharray:2.08 3.43;stroke-linecap:butt}",
      "\(scope) .legend-frame{fill:var(--slope-figure-background,#fff);fill-opacity:0.8;stroke:#ccc;stroke-width:1.11}",
    ]
    var darkRules = [
      "\(scope){color:var(--slope-figure-ink,#e0e0e0)}",
      "\(scope) .bg{fill:var(--slope-figure-background,#1e1e1e)}",
      "\(scope) .legend-frame{fill:var(--slope-figure-background,#1e1e1e);stroke:#555}",
    ]
    for item in series {
      let hex = item.color.hexString
      rules.append("\(scope) .c\(item.index){stroke:\(hex)}\(scope) .m\(item.index){fill:\(hex)}")
      // tab10 reads well on both backgrounds; near-black lines (the book's "k") would vanish on dark.
      if item.color.luminance < 0.05 {
        darkRules.append("\(scope) .c\(item.index){stroke:#e0e0e0}\(scope) .m\(item.index){fill:#e0e0e0}")
      }
    }
    return rules.joined() + "@media (prefers-color-scheme:dark){" + darkRules.joined() + "}"
  }
}
