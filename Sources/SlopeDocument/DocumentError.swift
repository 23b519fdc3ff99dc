/// A document that cannot be used at all: nothing is run and nothing is written for it.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The bytes are not UTF-8; `offset` is the 0-based offset of the first invalid byte.
  case invalidUTF8(offset: Int, location: SourceLocation)

  public var description: String {
    switch self {
    case .invalidUTF8(let offset, _):
      return "the file is not valid UTF-8 (invalid byte at offset \(offset))"
    }
  }

  /// Where in the document the problem is.
  public var location: SourceLocation {
    switch self {
    case .invalidUTF8(_, let location): return location
    }
  }
}

/// A problem with one block that stops the notebook from running, such as an unknown block option.
public struct DocumentDiagnostic: Error, Equatable, Sendable, CustomStringConvertible {
  public var location: SourceLocation
  public var message: String

  public init(location: SourceLocation, message: String) {
    self.location = location
    self.message = message
  }

  public var description: String { "\(location): error: \(message)" }
}
