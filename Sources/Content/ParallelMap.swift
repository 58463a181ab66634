import Dispatch

/// Maps on all cores, keeping the order of the input, so output stays deterministic.
public func parallelMap<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
    guard items.count > 1 else { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    let chunk = max(1, items.count / 64)
    let chunks = (items.count + chunk - 1) / chunk
    nonisolated(unsafe) let output = results
    items.withUnsafeBufferPointer { input in
        nonisolated(unsafe) let input = input
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for i in (c * chunk)..<min(items.count, (c + 1) * chunk) {
                output[i] = transform(input[i])
            }
        }
    }
    return results.map { $0! }
}
