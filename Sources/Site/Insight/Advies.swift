/// Issue 6: not built yet.
enum Advies: InsightFeature {
    static func plan(_ context: InsightContext) -> InsightFiles { InsightFiles() }
}
