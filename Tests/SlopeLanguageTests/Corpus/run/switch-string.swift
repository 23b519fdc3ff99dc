// Checks switch over String values.
func sound(_ animal: String) -> String {
  switch animal {
  case "cat":
    return "meow"
  case "dog", "wolf":
    return "woof"
  default:
    return "?"
  }
}
print(sound("cat"))
print(sound("wolf"))
print(sound("dog"))
print(sound("Cat"))
