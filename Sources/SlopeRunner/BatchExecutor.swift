import Foundation
import SlopeDocument

/// Runs notebooks in parallel, each on its own interpreter session, and returns results in input order.
struct BatchExecutor {
  var jobs: Int
  var quiet: Bool
  var console: Console

  func execute(_ notebooks: [LoadedNotebook], settings: ExecutionSettings) -> [NotebookExecution] {
    let results = ResultSlots<NotebookExecution>(count: notebooks.count)
    let progress = Progress(total: notebooks.count, console: console, enabled: !quiet && console.errorIsTerminal)
    let workers = max(1, min(jobs, notebooks.count))
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let index = next.take(below: notebooks.count) {
        let notebook = notebooks[index]
        let execution = NotebookExecution(document: notebook.document, stem: notebook.input.stem, settings: settings)
        results.set(index, execution)
        progress.advance()
      }
    }
    progress.finish()
    return results.values()
  }
}

/// Hands out indices to workers, one at a time.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var nextIndex = 0

  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextIndex < limit else { return nil }
    defer { nextIndex += 1 }
    return nextIndex
  }
}

/// One slot per notebook, filled by whichever worker ran it.
private final class ResultSlots<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Value?]

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  func values() -> [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}

/// The `done/total` line on a terminal.
private final class Progress: @unchecked Sendable {
  private let lock = NSLock()
  private let total: Int
  private let console: Console
  private let enabled: Bool
  private var done = 0

  init(total: Int, console: Console, enabled: Bool) {
    self.total = total
    self.console = console
    self.enabled = enabled && total > 1
  }

  func advance() {
    guard enabled else { return }
    lock.lock()
    done += 1
    console.status("\r\u{1B}[2K[\(done)/\(total)] notebooks")
    lock.unlock()
  }

  func finish() {
    guard enabled else { return }
    console.status("\r\u{1B}[2K")
  }
}
