/// Issue 6: not built yet.
enum GemmaViews: InsightFeature {
    static func plan(_ context: InsightContext) -> InsightFiles { InsightFiles() }
}
