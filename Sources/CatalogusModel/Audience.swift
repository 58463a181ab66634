/// Who the site is built for. `../shared/spec/catalogus-data.md` ("Who may see what") and
/// `content/gegevens/zichtbaarheid.md` say what each may see; `Catalogus.visible(to:)` enforces it.
public enum Audience: String, Sendable, CaseIterable {
    /// The open internet: indexed by search engines.
    case publiek
    /// Served only to signed-in municipalities and samenwerkingen; never indexed. Suppliers never get it.
    case gemeenten
}
