// Checks comparison operators on Int, Double and String.
print(1 < 2, 2 < 1, 2 <= 2, 3 >= 4)
print(1 == 1, 1 != 1)
print(0.1 + 0.2 == 0.3)
print(2.5 > 2.4999)
print("a" < "b", "abc" == "abc", "b" > "abc")
print(Double.infinity > 1e308)
print(-0.0 == 0.0, -0.0 < 0.0)
