// Checks that stride elements differ from repeated addition of the step.
var sum = 0.0
var added: [Double] = []
for _ in 0..<10 {
  added.append(sum)
  sum += 0.1
}
let strided = Array(stride(from: 0.0, to: 1.0, by: 0.1))
print(added)
print(strided)
print(added == strided)
print(sum)
