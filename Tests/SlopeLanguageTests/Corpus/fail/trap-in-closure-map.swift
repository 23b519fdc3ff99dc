// Checks a trap raised inside a closure passed to map.
let divisors = [2, 1, 0, 4]
print(divisors.count)
let results = divisors.map { 12 / $0 }  // traps
print(results)
