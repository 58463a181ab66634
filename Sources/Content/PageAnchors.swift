/// Ids the templates give elements of every page (the skip link's target, the subpage list, the
/// A–Z groups); headings in markdown never take one, so no anchor on a page is ever ambiguous.
public enum PageAnchors {
    public static let reserved: Set<String> = Set(["inhoud", "subpaginas-kop", "overig", "kop-versies", "kop-gebruikers", "kop-landschap", "kop-koppelingen", "kop-applicaties"] + "abcdefghijklmnopqrstuvwxyz".map { "letter-\($0)" })
}
