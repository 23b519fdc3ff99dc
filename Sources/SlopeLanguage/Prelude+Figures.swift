extension Prelude {
  /// The figure functions of the notebook prelude (spec "Figures").
  ///
  /// Not registered yet: `plot`, `scatter`, `title`, `xlabel`, `ylabel` and `show` will draw into
  /// ``PreludeState/currentFigure`` and hand finished figures to ``BlockOutcome/figures``.
  func registerFigures() {}
}
