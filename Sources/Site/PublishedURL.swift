import JSON

/// One address a build published, and what stood there, so that later builds keep it alive
/// (PvE: a URL, once published, never turns into a bare 404). Every build writes all of them to
/// `urls.json`; the nightly run keeps that file with the data snapshot it published.
public struct PublishedURL: Sendable, Equatable {
    public enum Soort: String, Sendable, CaseIterable {
        case pagina, applicatie, organisatie, referentiecomponent
    }

    /// Root-relative, `/applicaties/zaakwijzer/`.
    public var url: String
    public var soort: Soort
    /// The object's id (GEMMA Object ID for a referentiecomponent); nil for an editor's page.
    public var id: String?
    /// The address this one sends visitors on to, when it is a redirect page.
    public var doorverwijzing: String?
    /// True for a page that only says the object was removed.
    public var verwijderd = false

    public init(url: String, soort: Soort, id: String? = nil, doorverwijzing: String? = nil, verwijderd: Bool = false) {
        self.url = url
        self.soort = soort
        self.id = id
        self.doorverwijzing = doorverwijzing
        self.verwijderd = verwijderd
    }
}

/// `urls.json`: every published address, sorted, in the stable JSON format.
public enum URLManifest {
    public static let fileName = "urls.json"

    public static func encode(_ entries: [PublishedURL]) -> [UInt8] {
        let sorted = entries.sorted { $0.url < $1.url }
        let items: [JSON] = sorted.map { entry in
            var fields = [JSONField("url", .string(entry.url)), JSONField("soort", .string(entry.soort.rawValue))]
            if let id = entry.id { fields.append(JSONField("id", .string(id))) }
            if let target = entry.doorverwijzing { fields.append(JSONField("doorverwijzing", .string(target))) }
            if entry.verwijderd { fields.append(JSONField("verwijderd", .bool(true))) }
            return .object(fields)
        }
        return Array(JSONWriter.format(.object([JSONField("urls", .array(items))])).utf8)
    }

    /// The entries of a manifest; nil when the bytes are not one (the caller says where).
    public static func decode(_ bytes: [UInt8]) -> [PublishedURL]? {
        guard let root = try? JSONReader.parse(bytes).plain, case .object(let fields) = root,
              case .array(let items)? = fields.first(where: { $0.key == "urls" })?.value else { return nil }
        var entries: [PublishedURL] = []
        for item in items {
            guard case .object(let members) = item else { return nil }
            let value = { (key: String) in members.first { $0.key == key }?.value }
            guard case .string(let url)? = value("url"), url.hasPrefix("/"),
                  case .string(let soortText)? = value("soort"), let soort = PublishedURL.Soort(rawValue: soortText) else { return nil }
            var entry = PublishedURL(url: url, soort: soort)
            if case .string(let id)? = value("id") { entry.id = id }
            if case .string(let target)? = value("doorverwijzing") { entry.doorverwijzing = target }
            if case .bool(let removed)? = value("verwijderd") { entry.verwijderd = removed }
            entries.append(entry)
        }
        return entries
    }
}
