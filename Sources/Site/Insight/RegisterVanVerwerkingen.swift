/// Issue 6: not built yet.
enum RegisterVanVerwerkingen: InsightFeature {
    static func plan(_ context: InsightContext) -> InsightFiles { InsightFiles() }
}
