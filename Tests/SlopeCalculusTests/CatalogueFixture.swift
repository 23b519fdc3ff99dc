import Foundation

/// `Fixtures/catalogue.json`, written by `Scripts/calculus-fixtures.py` (exact values from SymPy at 50 digits).
struct CatalogueFixture: Decodable {
  struct Point: Decodable {
    /// The point, as decimal strings that parse to the doubles SymPy evaluated at.
    var at: [String]
    /// The largest step for `.extrapolated` at this point (smaller near a domain boundary).
    var extrapolationDelta: Double
    var value: String
    var gradient: [String]
    /// Per variable: the 2nd, 3rd and 4th derivative along it.
    var higher: [[String]]

    var coordinates: [Double] { at.map { Double($0) ?? .nan } }
  }

  struct Entry: Decodable {
    var name: String
    var variables: [String]
    var symbolic: Bool
    var points: [Point]
    var sympyDerivatives: [String]?
    var sympyTokens: [Int]?
  }

  var entries: [Entry]

  static func load() throws -> CatalogueFixture {
    guard let url = Bundle.module.url(forResource: "catalogue", withExtension: "json", subdirectory: "Fixtures") else {
      throw CocoaError(.fileNoSuchFile)
    }
    return try JSONDecoder().decode(CatalogueFixture.self, from: Data(contentsOf: url))
  }
}

extension String {
  /// The fixture's 50-digit decimal, rounded to the nearest double.
  var exactDouble: Double { Double(self) ?? .nan }
}
