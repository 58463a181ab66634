import CatalogusModel
import Gemma
import Mustache

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
    let gebruikPerApplicatie: [String: [Gebruik]]
    let gebruikPerAfnemer: [String: [Gebruik]]
    let gebruikPerReferentiecomponent: [String: [Gebruik]]
    let gebruik: [String: Gebruik]
    let koppelingenPerAfnemer: [String: [Koppeling]]
    let beoordelingenPerApplicatie: [String: [Beoordeling]]
    let referentiecomponenten: [String: Referentiecomponent]
    let standaarden: [String: Standaard]
    let standaardversies: [String: Standaardversie]
    let voorzieningen: [String: LandelijkeVoorziening]

    init(_ c: VisibleCatalogus) {
        catalogus = c
        urls = CatalogueURLs(c)
        organisaties = Self.byID(c.organisaties, \.id)
        applicaties = Self.byID(c.applicaties, \.id)
        diensten = Self.byID(c.diensten, \.id)
        versies = Self.byID(c.applicatieversies, \.id)
        versiesPerApplicatie = Dictionary(grouping: c.applicatieversies, by: \.applicatie)
        var compliancy: [String: [String: Bool]] = [:]
        for index in c.compliancy.indices {
            compliancy[c.compliancy[index].applicatie, default: [:]][c.compliancy[index].standaardversie] = c.compliancy[index].ondersteund
        }
        compliancyPerApplicatie = compliancy
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
        gebruikPerApplicatie = Dictionary(grouping: c.gebruik, by: \.applicatie)
        gebruikPerAfnemer = Dictionary(grouping: c.gebruik, by: \.afnemer)
        var perComponentUse: [String: [Gebruik]] = [:]
        for line in c.gebruik {
            for id in line.referentiecomponenten { perComponentUse[id, default: []].append(line) }
        }
        gebruikPerReferentiecomponent = perComponentUse
        gebruik = Self.byID(c.gebruik, \.id)
        let afnemerVan = Dictionary(c.gebruik.map { ($0.id, $0.afnemer) }, uniquingKeysWith: { a, _ in a })
        koppelingenPerAfnemer = Dictionary(grouping: c.koppelingen) { afnemerVan[$0.bron] ?? "" }
        beoordelingenPerApplicatie = Dictionary(grouping: c.beoordelingen.filter { $0.applicatie != nil }) { $0.applicatie ?? "" }
        referentiecomponenten = Self.byID(c.gemma.referentiecomponenten, \.objectID)
        standaarden = Self.byID(c.gemma.standaarden, \.objectID)
        standaardversies = Self.byID(c.gemma.standaardversies, \.objectID)
        voorzieningen = Self.byID(c.gemma.landelijkeVoorzieningen, \.objectID)
    }

    private static func byID<T>(_ items: [T], _ key: KeyPath<T, String>) -> [String: T] {
        Dictionary(items.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { a, _ in a })
    }

    func gemmaOnline(_ objectID: String) -> String { catalogus.info.gemmaOnlineUrl + objectID }

    /// A link to an organisation's page; organisations without one (deactivated) are named only.
    func organisatieLink(_ id: String) -> MustacheValue {
        guard let organisatie = organisaties[id] else { return .null }
        return .link(organisatie.naam, urls.organisatie(organisatie))
    }

    func applicatieLink(_ id: String) -> MustacheValue {
        guard let applicatie = applicaties[id] else { return .null }
        return .link(applicatie.naam, urls.url(.applicaties, id))
    }
}
