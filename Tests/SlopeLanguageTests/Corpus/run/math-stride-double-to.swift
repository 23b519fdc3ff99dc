// Checks Array of stride(from:to:by:) with Double steps computed from the start and the index.
print(Array(stride(from: 0.0, to: 1.0, by: 0.1)))
print(Array(stride(from: 0.0, to: 0.5, by: 0.125)))
print(Array(stride(from: -1.0, to: 1.0, by: 0.3)))
print(Array(stride(from: 2.0, to: 0.0, by: -0.7)))
print(Array(stride(from: 1.0, to: 1.0, by: 0.1)))
