import Clinical
import Foundation

/// Hands generated patients from a producer thread to the loader in chunks, so generating and
/// inserting use both cores. Bounded: the producer waits when `capacity` chunks are queued.
final class RecordPipe: @unchecked Sendable {
  private let condition = NSCondition()
  private var chunks: [[PatientRecord]] = []
  private var finished = false
  private var cancelled = false
  private let capacity = 8

  /// Starts generating `population` on its own thread.
  static func generating(_ population: SyntheticPopulation, chunkSize: Int = 4_096) -> RecordPipe {
    let pipe = RecordPipe()
    let thread = Thread {
      var chunk: [PatientRecord] = []
      chunk.reserveCapacity(chunkSize)
      try? population.forEachPatient { (record) throws(Cancelled) in
        chunk.append(record)
        if chunk.count == chunkSize {
          guard pipe.put(chunk) else { throw Cancelled() }
          chunk.removeAll(keepingCapacity: true)
        }
      }
      if !chunk.isEmpty { _ = pipe.put(chunk) }
      pipe.finish()
    }
    thread.start()
    return pipe
  }

  private struct Cancelled: Error {}

  /// Queues a chunk; false once the loader has given up, so the producer stops.
  private func put(_ chunk: [PatientRecord]) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while chunks.count >= capacity && !cancelled { condition.wait() }
    guard !cancelled else { return false }
    chunks.append(chunk)
    condition.broadcast()
    return true
  }

  /// The loader failed: drop what is queued and let the producer end.
  func cancel() {
    condition.lock()
    cancelled = true
    chunks.removeAll()
    condition.broadcast()
    condition.unlock()
  }

  private func finish() {
    condition.lock()
    finished = true
    condition.broadcast()
    condition.unlock()
  }

  /// The next chunk, or nil when the population is done.
  func next() -> [PatientRecord]? {
    condition.lock()
    defer { condition.unlock() }
    while chunks.isEmpty && !finished { condition.wait() }
    guard !chunks.isEmpty else { return nil }
    let chunk = chunks.removeFirst()
    condition.broadcast()
    return chunk
  }
}
