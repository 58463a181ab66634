import CatalogusModel
import Gemma
import Markdown
import Mustache
import Parallel

/// Lookups over the visible catalogue, built once per build so page view models stay cheap.
struct CatalogueIndex: Sendable {
    let catalogus: VisibleCatalogus
    let urls: CatalogueURLs
    let organisaties: [String: Organisatie]
    let applicaties: [String: Applicatie]
    let diensten: [String: Dienst]
    let versies: [String: Applicatieversie]
    let versiesPerApplicatie: [String: [Applicatieversie]]
    let compliancyPerApplicatie: [String: [String: Bool]]
    let dienstenPerApplicatie: [String: [Dienst]]
    let applicatiesPerAanbieder: [String: [Applicatie]]
    let dienstenPerAanbieder: [String: [Dienst]]
    let applicatiesPerReferentiecomponent: [String: [Applicatie]]
    let contactpersonen: [String: Contactpersoon]
    let aanspreekpuntenPerOrganisatie: [String: [Contactpersoon]]
    let ledenPerOrganisatie: [String: [Organisatie]]
    /// Lines of `catalogus.gebruik` by position, so the 60,000 lines of a national landscape are
    /// never copied into the lookups (see `lines(_:)`).
    let gebruikPerApplicatie: [String: [Int]]
    let gebruikPerAfnemer: [String: [Int]]
    let gebruikPerReferentiecomponent: [String: [Int]]
    let gebruik: [String: Int]
    let koppelingenPerAfnemer: [String: [Koppeling]]
    /// Id → the link value of an applicatie, organisation or referentiecomponent page, made once
    /// because landscapes and user lists repeat them thousands of times.
    let applicatieLinks: [String: MustacheValue]
    let organisatieLinks: [String: MustacheValue]
    let referentiecomponentLinks: [String: MustacheValue]
    /// Id → the folded name lists sort by (`SortKey`), of applicaties and organisations.
    let foldedNames: [String: String]
    /// `soort/id` of applicaties and organisations that went up in another (`Continuity.merged`):
    /// they have a redirect instead of a page and are left out of overviews and counts.
    private(set) var merged: Set<String> = []
    let beoordelingenPerApplicatie: [String: [Beoordeling]]
    let referentiecomponenten: [String: Referentiecomponent]
    let standaarden: [String: Standaard]
    let standaardversies: [String: Standaardversie]
    let voorzieningen: [String: LandelijkeVoorziening]

    /// Referentiecomponent Object ID → the standards it requires or recommends, each with its
    /// versions sorted by name: the same for every applicatie page, so made once.
    let standaardRollen: [String: [StandaardRegel]]

    struct StandaardRegel: Sendable {
        let standaard: Standaard
        let rol: Verbindingsrol
        let versies: [Standaardversie]
    }

    /// Whether pages link to downloads (`SiteSettings.downloads`).
    let downloads: Bool
    /// Whether pages link to the insight pages (`SiteSettings.insight`).
    let insight: Bool

    init(_ c: VisibleCatalogus, downloads: Bool = true, insight: Bool = true) {
        catalogus = c
        self.downloads = downloads
        self.insight = insight
        // The two largest pieces (slugs for every name, and compliancy) are made side by side.
        let (named, compliancy) = both({ (CatalogueURLs(c), Self.foldedNames(c)) }, { Self.compliancy(c) })
        urls = named.0
        foldedNames = named.1
        compliancyPerApplicatie = compliancy
        organisaties = Self.byID(c.organisaties, \.id)
        applicaties = Self.byID(c.applicaties, \.id)
        diensten = Self.byID(c.diensten, \.id)
        versies = Self.byID(c.applicatieversies, \.id)
        versiesPerApplicatie = Dictionary(grouping: c.applicatieversies, by: \.applicatie)
        var perApplicatie: [String: [Dienst]] = [:]
        for dienst in c.diensten {
            for id in dienst.applicaties { perApplicatie[id, default: []].append(dienst) }
        }
        dienstenPerApplicatie = perApplicatie
        applicatiesPerAanbieder = Dictionary(grouping: c.applicaties, by: \.aanbieder)
        dienstenPerAanbieder = Dictionary(grouping: c.diensten, by: \.aanbieder)
        var perComponent: [String: [Applicatie]] = [:]
        for applicatie in c.applicaties {
            for id in applicatie.referentiecomponenten { perComponent[id, default: []].append(applicatie) }
        }
        applicatiesPerReferentiecomponent = perComponent
        contactpersonen = Self.byID(c.contactpersonen, \.id)
        aanspreekpuntenPerOrganisatie = Dictionary(grouping: c.contactpersonen, by: \.organisatie)
        var leden: [String: [Organisatie]] = [:]
        for organisatie in c.organisaties {
            for id in organisatie.deelnames { leden[id, default: []].append(organisatie) }
        }
        ledenPerOrganisatie = leden
        var perApplicatieUse: [String: [Int]] = [:], perAfnemer: [String: [Int]] = [:], perComponentUse: [String: [Int]] = [:]
        var positions: [String: Int] = [:]
        positions.reserveCapacity(c.gebruik.count)
        for position in c.gebruik.indices {
            perApplicatieUse[c.gebruik[position].applicatie, default: []].append(position)
            perAfnemer[c.gebruik[position].afnemer, default: []].append(position)
            for id in c.gebruik[position].referentiecomponenten { perComponentUse[id, default: []].append(position) }
            positions[c.gebruik[position].id] = positions[c.gebruik[position].id] ?? position
        }
        gebruikPerApplicatie = perApplicatieUse
        gebruikPerAfnemer = perAfnemer
        gebruikPerReferentiecomponent = perComponentUse
        gebruik = positions
        let afnemerVan = Dictionary(c.gebruik.map { ($0.id, $0.afnemer) }, uniquingKeysWith: { a, _ in a })
        koppelingenPerAfnemer = Dictionary(grouping: c.koppelingen) { afnemerVan[$0.bron] ?? "" }
        beoordelingenPerApplicatie = Dictionary(grouping: c.beoordelingen.filter { $0.applicatie != nil }) { $0.applicatie ?? "" }
        referentiecomponenten = Self.byID(c.gemma.referentiecomponenten, \.objectID)
        standaarden = Self.byID(c.gemma.standaarden, \.objectID)
        standaardversies = Self.byID(c.gemma.standaardversies, \.objectID)
        voorzieningen = Self.byID(c.gemma.landelijkeVoorzieningen, \.objectID)
        let (standaarden, versies) = (standaarden, standaardversies)
        standaardRollen = Self.byID(c.gemma.referentiecomponenten.map { r in
            (r.objectID, r.standaarden.compactMap { rol -> StandaardRegel? in
                guard let standaard = standaarden[rol.standaard] else { return nil }
                return StandaardRegel(standaard: standaard, rol: rol.rol, versies: standaard.versies.compactMap { versies[$0] }.sorted { $0.naam < $1.naam })
            })
        }, \.0).mapValues(\.1)
        let urls = urls
        applicatieLinks = Self.byID(c.applicaties.map { ($0.id, MustacheValue.link($0.naam, urls.url(.applicaties, $0.id))) }, \.0).mapValues(\.1)
        organisatieLinks = Self.byID(c.organisaties.map { ($0.id, MustacheValue.link($0.naam, urls.organisatie($0))) }, \.0).mapValues(\.1)
        referentiecomponentLinks = Self.byID(c.gemma.referentiecomponenten.map { ($0.objectID, MustacheValue.link($0.naam, urls.url(.referentiecomponenten, $0.objectID))) }, \.0).mapValues(\.1)
        merged = Continuity.merged(self)
    }

    private static func foldedNames(_ c: VisibleCatalogus) -> [String: String] {
        byID(c.applicaties.map { ($0.id, Slug.make($0.naam)) } + c.organisaties.map { ($0.id, Slug.make($0.naam)) }, \.0).mapValues(\.1)
    }

    private static func compliancy(_ c: VisibleCatalogus) -> [String: [String: Bool]] {
        var compliancy: [String: [String: Bool]] = [:]
        for index in c.compliancy.indices {
            compliancy[c.compliancy[index].applicatie, default: [:]][c.compliancy[index].standaardversie] = c.compliancy[index].ondersteund
        }
        return compliancy
    }

    /// What overviews and counts show: the catalogue without the objects that went up in another.
    var live: LiveCatalogue {
        let c = catalogus
        return LiveCatalogue(
            info: c.info, gemma: c.gemma, diensten: c.diensten,
            applicaties: merged.isEmpty ? c.applicaties : c.applicaties.filter { !isMerged($0) },
            organisaties: merged.isEmpty ? c.organisaties : c.organisaties.filter { !isMerged($0) })
    }

    func isMerged(_ a: Applicatie) -> Bool { !merged.isEmpty && merged.contains(Continuity.key(.applicatie, a.id)) }
    func isMerged(_ o: Organisatie) -> Bool { !merged.isEmpty && merged.contains(Continuity.key(.organisatie, o.id)) }

    /// The landscape lines at `positions` (from the `gebruikPer…` lookups), read in place.
    func lines(_ positions: [Int]?) -> LazyMapSequence<[Int], Gebruik> {
        (positions ?? []).lazy.map { catalogus.gebruik[$0] }
    }

    /// The applicatie of the landscape line with `id`.
    func applicatie(ofGebruik id: String) -> String? {
        gebruik[id].map { catalogus.gebruik[$0].applicatie }
    }

    /// How a list of things with this id and name sorts, from the folded name made once per object.
    func sortKey(_ id: String, naam: String, tieBreak: String) -> SortKey {
        SortKey(folded: foldedNames[id] ?? Slug.make(naam), name: naam, id: tieBreak)
    }

    private static func byID<T>(_ items: [T], _ key: KeyPath<T, String>) -> [String: T] {
        Dictionary(items.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { a, _ in a })
    }

    func gemmaOnline(_ objectID: String) -> String { catalogus.info.gemmaOnlineUrl + objectID }

    /// A link to an organisation's page; organisations without one (deactivated) are named only.
    func organisatieLink(_ id: String) -> MustacheValue {
        organisatieLinks[id] ?? .null
    }

    func applicatieLink(_ id: String) -> MustacheValue {
        applicatieLinks[id] ?? .null
    }
}

/// The parts of the catalogue that overviews and counts list (see `CatalogueIndex.live`).
struct LiveCatalogue {
    let info: CatalogusInfo
    let gemma: GemmaModel
    let diensten: [Dienst]
    let applicaties: [Applicatie]
    let organisaties: [Organisatie]
}
