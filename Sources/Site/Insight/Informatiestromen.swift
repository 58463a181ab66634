/// Issue 6: not built yet.
enum Informatiestromen: InsightFeature {
    static func plan(_ context: InsightContext) -> InsightFiles { InsightFiles() }
}
