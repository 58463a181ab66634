/// Issue 6: not built yet.
enum Wijzigingen: InsightFeature {
    static func plan(_ context: InsightContext) -> InsightFiles { InsightFiles() }
}
