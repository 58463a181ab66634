/// Issue 6: not built yet.
enum Buren: InsightFeature {
    static func plan(_ context: InsightContext) -> InsightFiles { InsightFiles() }
}
