// Checks %g switching between fixed and exponent forms.
import Foundation

for x in [0.0001, 0.00001, 123456.0, 1234567.0, 1.0, 0.1 + 0.2, 100.0] {
  print(String(format: "%g", x))
}
print(String(format: "%.10g", 0.1 + 0.2))
print(String(format: "%G", 1e-10))
