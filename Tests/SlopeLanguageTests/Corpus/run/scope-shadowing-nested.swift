// Checks that inner scopes may shadow outer names and the outer value survives.
let x = 1
if true {
  let x = 2
  print(x)
  if x > 1 {
    let x = "three"
    print(x)
  }
}
print(x)
for x in 10..<12 {
  print(x)
}
print(x)
