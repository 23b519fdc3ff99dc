// Checks sqrt of a negative value computed at run time.
import Foundation

let values = [4.0, 0.0, -0.0, -1.0]
for v in values {
  print(v, sqrt(v))
}
print(sqrt(Double.infinity))
