import Synchronization
import Tabular

/// A table that two files (its CSV and its XLSX) are made from, on whichever cores render them:
/// made by the first, and let go after its last use, so that large tables are not kept for the
/// rest of the build.
final class SharedTable: Sendable {
    private let state: Mutex<(table: Table?, left: Int)>
    private let make: @Sendable () -> Table

    init(uses: Int, _ make: @escaping @Sendable () -> Table) {
        self.state = Mutex((nil, uses))
        self.make = make
    }

    func get() -> Table {
        state.withLock { state in
            let table = state.table ?? make()
            state.left -= 1
            state.table = state.left > 0 ? table : nil
            return table
        }
    }
}
