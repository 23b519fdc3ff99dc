// Checks Array of stride(from:through:by:) with Double steps, end point inclusion and negative steps.
print(Array(stride(from: 0.0, through: 1.0, by: 0.25)))
print(Array(stride(from: 0.0, through: 1.0, by: 0.1)))
print(Array(stride(from: 0.0, through: 0.3, by: 0.1)))
print(Array(stride(from: 1.0, through: 0.0, by: -0.5)))
print(Array(stride(from: 0.0, through: 0.0, by: 1.0)))
