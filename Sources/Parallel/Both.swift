/// Runs two independent pieces of work side by side, each on its own core when there are two, and
/// returns both results.
public func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let results = parallelMap([0, 1], batch: 1) { index -> Either<A, B> in
        index == 0 ? .first(first()) : .second(second())
    }
    guard case .first(let a) = results[0], case .second(let b) = results[1] else { preconditionFailure("both: results out of order") }
    return (a, b)
}

private enum Either<A: Sendable, B: Sendable>: Sendable {
    case first(A)
    case second(B)
}
