/// A unified diff of two texts, line by line, as `diff -u` prints it.
enum UnifiedDiff {
  private enum Kind {
    case kept
    case removed
    case inserted
  }

  /// One line of the merged sequence, with the positions on both sides where it sits.
  private struct Line {
    var kind: Kind
    var oldIndex: Int
    var newIndex: Int
  }

  /// The diff, or an empty string when the texts are equal.
  ///
  /// - Parameters:
  ///   - old: The recorded lines.
  ///   - new: The actual lines.
  ///   - context: Unchanged lines shown around each change.
  static func make(
    old: [String],
    new: [String],
    oldName: String = "recorded",
    newName: String = "actual",
    context: Int = 3
  ) -> String {
    let difference = new.difference(from: old)
    guard !difference.isEmpty else { return "" }
    var removed = Set<Int>()
    var inserted = Set<Int>()
    for change in difference {
      switch change {
      case .remove(let offset, _, _): removed.insert(offset)
      case .insert(let offset, _, _): inserted.insert(offset)
      }
    }
    var lines: [Line] = []
    var oldIndex = 0
    var newIndex = 0
    while oldIndex < old.count || newIndex < new.count {
      if oldIndex < old.count && removed.contains(oldIndex) {
        lines.append(Line(kind: .removed, oldIndex: oldIndex, newIndex: newIndex))
        oldIndex += 1
      } else if newIndex < new.count && inserted.contains(newIndex) {
        lines.append(Line(kind: .inserted, oldIndex: oldIndex, newIndex: newIndex))
        newIndex += 1
      } else {
        lines.append(Line(kind: .kept, oldIndex: oldIndex, newIndex: newIndex))
        oldIndex += 1
        newIndex += 1
      }
    }
    let changed = lines.indices.filter { lines[$0].kind != .kept }
    var output = "--- \(oldName)\n+++ \(newName)\n"
    var hunkStart = 0
    while hunkStart < changed.count {
      var hunkEnd = hunkStart
      while hunkEnd + 1 < changed.count && changed[hunkEnd + 1] - changed[hunkEnd] <= 2 * context + 1 {
        hunkEnd += 1
      }
      let hunk = lines[max(0, changed[hunkStart] - context)...min(lines.count - 1, changed[hunkEnd] + context)]
      let oldCount = hunk.filter { $0.kind != .inserted }.count
      let newCount = hunk.filter { $0.kind != .removed }.count
      let first = hunk[hunk.startIndex]
      output += "@@ -\(range(first.oldIndex, oldCount)) +\(range(first.newIndex, newCount)) @@\n"
      for line in hunk {
        switch line.kind {
        case .kept: output += " \(old[line.oldIndex])\n"
        case .removed: output += "-\(old[line.oldIndex])\n"
        case .inserted: output += "+\(new[line.newIndex])\n"
        }
      }
      hunkStart = hunkEnd + 1
    }
    return output
  }

  /// `START,COUNT` as unified diffs write it: lines count from 1, an empty range names the line before it.
  private static func range(_ start: Int, _ count: Int) -> String {
    let first = count == 0 ? start : start + 1
    return count == 1 ? "\(first)" : "\(first),\(count)"
  }
}
