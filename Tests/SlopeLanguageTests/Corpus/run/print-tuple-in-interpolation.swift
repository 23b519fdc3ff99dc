// Checks tuples and labelled tuples inside string interpolation.
let t = (1, 2.0, "three")
print("t = \(t)")
let r = (value: 0.5, derivative: -1.0)
print("r = \(r)")
print("sum = \(r.value + r.derivative)")
let unit = ()
print(unit)
