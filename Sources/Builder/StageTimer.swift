/// Reports each stage with its elapsed time: `swc: gerenderd (0,42 s)`, and keeps the times for
/// the build report.
struct StageTimer {
    let progress: @Sendable (String) -> Void
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    /// Each finished stage by its short name (`renderen`) and its seconds.
    private(set) var stages: [(name: String, seconds: Double)] = []

    init(progress: @escaping @Sendable (String) -> Void) {
        self.progress = progress
        self.last = clock.now
    }

    mutating func stage<T>(_ name: String, _ label: String, _ body: () -> T) -> T {
        let value = body()
        let now = clock.now
        let seconds = Double((now - last).components.attoseconds) / 1e18 + Double((now - last).components.seconds)
        last = now
        stages.append((name, seconds))
        let formatted = String(Int(seconds * 100) / 100) + "," + String(format2(Int(seconds * 100) % 100))
        progress("\(label) (\(formatted) s)")
        return value
    }

    private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
