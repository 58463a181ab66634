import Synchronization

/// A value that several files are made from, on whichever cores render them (a table for its CSV
/// and its XLSX; an organisation's landscape for its three ArchiMate files): made by the first,
/// and let go after its last use, so that large values are not kept for the rest of the build.
final class SharedUses<Value: Sendable>: Sendable {
    private let state: Mutex<(value: Value?, left: Int)>
    private let make: @Sendable () -> Value

    init(uses: Int, _ make: @escaping @Sendable () -> Value) {
        self.state = Mutex((nil, uses))
        self.make = make
    }

    func get() -> Value {
        state.withLock { state in
            let value = state.value ?? make()
            state.left -= 1
            state.value = state.left > 0 ? value : nil
            return value
        }
    }
}
