/// Issue 6: not built yet.
enum Vergelijken: InsightFeature {
    static func plan(_ context: InsightContext) -> InsightFiles { InsightFiles() }
}
