// Checks overloading by argument label and by parameter type, as Swift picks the overload.
func area(radius: Double) -> Double { Double.pi * radius * radius }
func area(side: Double) -> Double { side * side }
func area(width: Double, height: Double) -> Double { width * height }
print(area(radius: 1))
print(area(side: 3))
print(area(width: 2, height: 4.5))
func describe(_ value: Int) -> String { "Int \(value)" }
func describe(_ value: Double) -> String { "Double \(value)" }
func describe(_ value: String) -> String { "String \(value)" }
print(describe(3))
print(describe(3.0))
print(describe("three"))
let n = 7
print(describe(n), describe(Double(n)))
func distance(from a: Double, to b: Double) -> Double { abs(b - a) }
func distance(_ a: Double, _ b: Double) -> Double { abs(b - a) * 10 }
print(distance(from: 1, to: 4), distance(1, 4))
