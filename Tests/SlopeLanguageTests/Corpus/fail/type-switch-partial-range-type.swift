// Checks that a one-sided range pattern of the wrong type cannot match.
let n = 3
switch n {
case ..<"m": print("small")
default: print("other")
}
