import Synchronization

/// A value made once, by whichever core first needs it, and shared by the rest (the ArchiMate
/// index for thousands of files). Others asking meanwhile wait for it.
final class SharedValue<T: Sendable>: Sendable {
    private let state: Mutex<T?>
    private let make: @Sendable () -> T

    init(_ make: @escaping @Sendable () -> T) {
        self.state = Mutex(nil)
        self.make = make
    }

    func get() -> T {
        state.withLock { value in
            if let value { return value }
            let made = make()
            value = made
            return made
        }
    }
}
