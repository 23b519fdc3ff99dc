// Checks closures used for sorting by tuple fields, composing functions and storing them.
let people = [(name: "Cy", age: 30), (name: "Al", age: 25), (name: "Bo", age: 30)]
let byAge = people.sorted { $0.age < $1.age }
print(byAge.map { $0.name })
let byAgeThenName = people.sorted { a, b in
  if a.age != b.age { return a.age > b.age }
  return a.name < b.name
}
print(byAgeThenName)
func compose(_ f: @escaping (Double) -> Double, _ g: @escaping (Double) -> Double) -> (Double) -> Double {
  { x in g(f(x)) }
}
let addOne = { (x: Double) -> Double in x + 1 }
let square = { (x: Double) in x * x }
let both = compose(addOne, square)
print(both(2), compose(square, addOne)(2))
let pipeline: [(Double) -> Double] = [addOne, square, { $0 / 2 }]
var value = 3.0
for step in pipeline { value = step(value) }
print(value)
let names = ["delta", "Alpha", "charlie", "Bravo"]
print(names.sorted(), names.sorted(by: >))
