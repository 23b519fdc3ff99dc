/// The words after `swift` in a calculation block's info string, as notebook.md defines them.
public struct BlockOptions: Equatable, Sendable {
  /// The format of a block's figures.
  public enum FigureFormat: String, CaseIterable, Sendable {
    case svg
    case ascii
    case unicode
  }

  /// `no-run`: shown, never run.
  public var noRun = false
  /// `expect-error`: the block must end in an error, which is its recorded output.
  public var expectError = false
  /// `hide`: run, but HTML leaves the source out.
  public var hide = false
  /// `silent`: run, record nothing.
  public var silent = false
  /// `id=NAME`: the block's name, used for its figure files.
  public var id: String?
  /// `figure=FORMAT`: this block's figure format, overriding the command line's.
  public var figureFormat: FigureFormat?
  /// The option words exactly as written, in order.
  public var words: [String] = []

  public init() {}

  private static let flagNames = ["no-run", "expect-error", "hide", "silent"]
  private static let valueNames = ["id", "figure"]

  /// Parses the option words of an info string.
  ///
  /// - Parameter words: The info string's words after the language word.
  /// - Returns: The options, or the message for the first word that is not an option.
  public static func parse(_ words: [Substring]) -> Result<BlockOptions, OptionError> {
    var options = BlockOptions()
    options.words = words.map(String.init)
    // An option given twice is a mistake even when both agree: `id=a id=b` would otherwise keep one name
    // silently, and the figure files would be named after whichever came last.
    var seen: Set<String> = []
    for word in words {
      let name = word.firstIndex(of: "=").map { String(word[..<$0]) } ?? String(word)
      if flagNames.contains(name) || valueNames.contains(name), !seen.insert(name).inserted {
        return .failure(.repeated(name))
      }
      if let equals = word.firstIndex(of: "=") {
        let value = String(word[word.index(after: equals)...])
        switch name {
        case "id":
          guard !value.isEmpty, value.utf8.allSatisfy(isIdentifierByte) else {
            return .failure(.invalidID(value))
          }
          options.id = value
        case "figure":
          guard let format = FigureFormat(rawValue: value) else {
            let formats = FigureFormat.allCases.map(\.rawValue)
            return .failure(.invalidFigureFormat(value, suggestion: suggestion(for: value, among: formats)))
          }
          options.figureFormat = format
        default:
          return .failure(.unknown(String(word), suggestion: suggestion(for: name, among: valueNames).map { $0 + "=" }))
        }
      } else {
        switch word {
        case "no-run": options.noRun = true
        case "expect-error": options.expectError = true
        case "hide": options.hide = true
        case "silent": options.silent = true
        default:
          let name = String(word)
          let flag = suggestion(for: name, among: flagNames)
          let valued = suggestion(for: name, among: valueNames).map { $0 + "=" }
          return .failure(.unknown(name, suggestion: flag ?? valued))
        }
      }
    }
    return .success(options)
  }

  private static func isIdentifierByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
      return true
    default:
      return false
    }
  }

  /// The closest known name, if it is close enough to be a likely typo.
  private static func suggestion(for word: String, among names: [String]) -> String? {
    // Case is a typo like any other: `Hide` and `figure=SVG` are near misses.
    let scored = names.map { (name: $0, distance: editDistance(word.lowercased(), $0)) }
    guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
    return best.distance <= max(1, best.name.count / 3) ? best.name : nil
  }

  /// The optimal string alignment distance: insertions, deletions, substitutions and swaps of two
  /// neighbouring letters each cost 1, so that `sgv` is one typo away from `svg`.
  private static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8)
    let b = Array(b.utf8)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}

/// Why a block's info string could not be read.
public enum OptionError: Error, Equatable, Sendable, CustomStringConvertible {
  case unknown(String, suggestion: String?)
  case invalidID(String)
  case invalidFigureFormat(String, suggestion: String?)
  /// An option given more than once, such as `id=a id=b`.
  case repeated(String)

  public var description: String {
    switch self {
    case .unknown(let word, let suggestion):
      let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
      return "unknown block option '\(word)'\(hint)"
    case .invalidID(let value):
      return "invalid block id '\(value)': use only letters, digits, '_' and '-'"
    case .invalidFigureFormat(let value, let suggestion):
      let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
      return "unknown figure format '\(value)'; \(hint)use 'svg', 'ascii' or 'unicode'"
    case .repeated(let name):
      return "the block option '\(name)' is given more than once"
    }
  }
}
