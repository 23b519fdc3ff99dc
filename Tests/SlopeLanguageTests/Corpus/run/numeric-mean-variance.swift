// Checks mean, variance and standard deviation of a sample.
import Foundation

let data: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
let mean = data.reduce(0, +) / Double(data.count)
let variance = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(data.count)
print(mean)
print(variance)
print(sqrt(variance))
let sampleVariance = data.map { pow($0 - mean, 2) }.reduce(0, +) / Double(data.count - 1)
print(sampleVariance)
