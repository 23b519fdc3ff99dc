// Checks that shadowing the loop variable once is fine, but declaring it twice in the body is not.
for i in 0..<3 {
  let i = i * 2
  let i = 3
  print(i)
}
