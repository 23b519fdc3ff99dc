extension Prelude {
  /// The derivative functions of the notebook prelude (spec "Derivatives").
  ///
  /// Not registered yet: `derivative(at:of:)` and its family will seed a dual number into the
  /// function's parameter and read the derivative back, through the same evaluator (`Value.dual`).
  func registerDerivatives() {}
}
