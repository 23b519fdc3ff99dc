// Checks Double.pi, .pi where the type is known, and ulpOfOne.
import Foundation

print(Double.pi)
let angle: Double = .pi / 4
print(angle)
func degrees(_ radians: Double) -> Double { radians * 180 / Double.pi }
print(degrees(.pi))
print(Double.ulpOfOne)
print(1.0 + Double.ulpOfOne)
print(1.0 + Double.ulpOfOne / 2)
print(2 * Double.pi)
