// SlopeCalculus: the derivative engine's pure mathematics. No dependency beyond Foundation's math functions.
//
// Design, in brief (each type documents its own API):
// - One rule table. `ElementaryFunction` (sin, exp, …) and `BinaryOperation` (+ - * / pow atan2) hold every
//   derivative rule once, generically over `DerivativeAlgebra`. `Double`, `Dual` and `SymbolicExpression`
//   conform, so forward-mode differentiation and symbolic differentiation share the rules (DiffRules.jl style).
// - `Dual` is forward mode: values exactly as Swift computes them, derivatives by the table, fixed conventions
//   at kinks, and the kinks met recorded in the result (`Dual.kinks`) so the notebook can print a note.
// - `RealScalar` (Double, Dual) adds branching and the functions with kinks, so an evaluator can be generic.
// - `numericalDerivative(of:at:delta:method:)` is the tutorial's finite differences plus Richardson
//   extrapolation that never leaves [x - delta, x + delta].
// - `SymbolicExpression` is a simplifying expression tree (smart constructors keep it in a normal form);
//   `Formula` is the notebook's value: an expression in one named parameter, printed as Swift and as LaTeX.
