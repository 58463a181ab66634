/// Issue 6: not built yet.
enum Statistieken: InsightFeature {
    static func plan(_ context: InsightContext) -> InsightFiles { InsightFiles() }
}
