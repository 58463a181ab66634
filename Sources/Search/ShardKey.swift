/// Which term file holds a term: its first two letters (`zaaksysteem` → `za`), or the one
/// letter of a one-letter term. A prefix query of two letters or more therefore needs exactly one
/// file per word, and a typo is only found when the first two letters are right (the price of
/// fetching one small file instead of the whole dictionary).
public enum ShardKey {
    /// The key of the term file that holds `term` (a folded term).
    public static func of(_ term: String) -> String {
        String(term.prefix(2))
    }
}
