// Checks sin^2 + cos^2 and tan = sin / cos at several points.
import Foundation

for x in [0.1, 0.5, 1.0, 2.0, 3.0] {
  let s = sin(x)
  let c = cos(x)
  print(x, s * s + c * c, tan(x) - s / c)
}
