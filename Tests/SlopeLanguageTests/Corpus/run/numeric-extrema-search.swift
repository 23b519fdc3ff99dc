// Checks finding the maximum of a sampled function and where it occurs.
import Foundation

let xs = Array(stride(from: 0.0, through: 3.0, by: 0.5))
let ys = xs.map { sin($0) }
var best = 0
for i in ys.indices where ys[i] > ys[best] {
  best = i
}
print(xs[best], ys[best])
print(ys.max() == ys[best])
print(ys.firstIndex(of: ys.min()!)!)
