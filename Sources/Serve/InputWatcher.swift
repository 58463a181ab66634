/// Decides when to rebuild from successive snapshots of the input. An editor saving several files
/// writes them one after another, so a change is built only once a further look finds nothing new:
/// one build per save, not one per file.
struct InputWatcher: Sendable {
    /// What the site being served was built from (or what a failed build read).
    private(set) var built: InputSnapshot
    private var pending: InputSnapshot?

    init(built: InputSnapshot) {
        self.built = built
    }

    /// Takes the latest snapshot; true when it differs from the built one and has stopped changing.
    mutating func shouldRebuild(after latest: InputSnapshot) -> Bool {
        if latest == built {
            pending = nil
            return false
        }
        guard latest == pending else {
            pending = latest
            return false
        }
        // Remembered before the build runs, so an edit made during the build starts the next one.
        built = latest
        pending = nil
        return true
    }
}
