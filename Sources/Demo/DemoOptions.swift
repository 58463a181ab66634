/// What to generate: how big, and which snapshot date the catalogue claims.
public struct DemoOptions: Sendable {
    /// 1 is a national catalogue (342 gemeenten, ~6,100 applicaties, ~60,000 gebruik); every count
    /// scales with it. Below 1 the 342 real gemeenten stay and everything else shrinks.
    public var scale: Double
    /// The catalogue's snapshot date (YYYY-MM-DD). Lifecycle dates (versies, gebruik, beoordelingen)
    /// never lie after it; only contracts run past it, as running contracts do.
    public var peildatum: String

    /// - Parameters:
    ///   - scale: size relative to the national catalogue; must be positive.
    ///   - peildatum: fixed by default, so output never depends on the clock.
    public init(scale: Double, peildatum: String = "2026-11-01") {
        self.scale = scale
        self.peildatum = peildatum
    }
}
