import Gemma
import CatalogusModel
import Content
import Downloads
import Markdown
import Mustache

/// `/applicaties/SLUG/`: everything the audience may know about one applicatie.
enum ApplicatieViewModel {
    static func make(_ a: Applicatie, _ index: CatalogueIndex) -> [String: MustacheValue] {
        let compliancy = index.compliancyPerApplicatie[a.id] ?? [:]
        var value: [String: MustacheValue] = [
            "naam": .string(a.naam),
            "concept": .bool(a.status == .concept),
            "geregistreerd_door": a.geregistreerdDoor.map { index.organisatieLink($0) } ?? MustacheValue.null,
            "aanbieder": index.organisatieLink(a.aanbieder),
            "beschrijving_kort": .string(a.beschrijvingKort),
            "beschrijving": a.beschrijvingLang.map { .html(Markdown.render($0, headingOffset: 2, reservedIDs: PageAnchors.reserved).html) } ?? .null,
            "website": .text(a.website),
            "soort": .text(a.type?.rawValue),
            "cloudmodel": .text(a.cloudDienstverleningsmodel.map(\.rawValue).joined(separator: ", ")),
            "hosting_locatie": .text(a.hostingLocatie?.rawValue),
            "hosting_jurisdictie": .text(a.hostingJurisdictie?.rawValue),
            "licentietype": .text(a.licentietype?.rawValue),
            "licentie": .text(a.licentie),
            "gebruik_aantal": .string(Format.number(index.catalogus.gebruikTelling[a.id] ?? 0)),
            "beoordeling": Ratings.summary(index.catalogus.beoordelingenPerApplicatie[a.id]),
            "gemeenten": .bool(index.catalogus.audience == .gemeenten),
            "archimate": !index.downloads ? .null : index.urls.url(.applicaties, a.id).map { .string(Downloads.portfolioLink(pageURL: $0).url) } ?? .null,
        ]
        value.merge(MustacheValue.listing("versies", (index.versiesPerApplicatie[a.id] ?? []).sorted { VersionOrder.newerFirst($0, $1) }.map(versie))) { $1 }
        value.merge(MustacheValue.listing("referentiecomponenten", a.referentiecomponenten.compactMap { index.referentiecomponenten[$0] }.sorted { $0.naam < $1.naam }.map {
            component($0, compliancy: compliancy, index)
        })) { $1 }
        value.merge(MustacheValue.listing("diensten", (index.dienstenPerApplicatie[a.id] ?? []).sorted { ($0.naam, $0.id) < ($1.naam, $1.id) }.map { dienst in
            .object(["naam": .string(dienst.naam), "soort": .string(dienst.type.rawValue), "aanbieder": index.organisatieLink(dienst.aanbieder)])
        })) { $1 }
        value.merge(MustacheValue.listing("documenten", a.documenten.map { .object(["titel": .string($0.titel), "url": .string($0.url), "soort": .text($0.soort)]) })) { $1 }
        value.merge(MustacheValue.listing("aanspreekpunten", Contacts.forApplicatie(a, index))) { $1 }
        value.merge(MustacheValue.listing("inzicht", InsightPlan.applicatieLinks(a, index))) { $1 }
        value.merge(MustacheValue.listing("beoordelingen", Ratings.list(index.beoordelingenPerApplicatie[a.id] ?? [], index))) { $1 }
        value.merge(MustacheValue.listing("gebruikers", users(a, index))) { $1 }
        return value
    }

    private static func versie(_ v: Applicatieversie) -> MustacheValue {
        .object([
            "versie": .string(v.versie),
            "status": .text(v.status?.rawValue),
            "in_ontwikkeling": Format.date(v.datumInOntwikkeling),
            "in_gebruik": Format.date(v.datumInGebruik),
            "einde_ondersteuning": Format.date(v.datumEindeOndersteuning),
            "teruggetrokken": Format.date(v.datumTeruggetrokken),
        ])
    }

    /// A referentiecomponent with the standards it requires or recommends, and for each version
    /// whether this applicatie supports it (never "non-compliant": VNG's wording).
    private static func component(_ r: Referentiecomponent, compliancy: [String: Bool], _ index: CatalogueIndex) -> MustacheValue {
        let standaarden = (index.standaardRollen[r.objectID] ?? []).map { rol -> MustacheValue in
            let versies = rol.versies.map { versie -> MustacheValue in
                let supported = compliancy[versie.objectID]
                return .object([
                    "naam": .string(versie.naam),
                    "ondersteund": .bool(supported == true),
                    "niet_ondersteund": .bool(supported == false),
                    "onbekend": .bool(supported == nil),
                ])
            }
            return .object([
                "naam": .string(rol.standaard.naam),
                "rol": .string(rol.rol.rawValue),
                "verplicht": .bool(rol.rol == .verplicht),
                "gemma_url": .string(index.gemmaOnline(rol.standaard.objectID)),
                "versies": .list(versies),
                "heeft_versies": .bool(!versies.isEmpty),
            ])
        }
        return .object([
            "naam": .string(r.naam),
            "url": .text(index.urls.url(.referentiecomponenten, r.objectID)),
            "gemma_url": .string(index.gemmaOnline(r.objectID)),
            "standaarden": .list(standaarden),
            "heeft_standaarden": .bool(!standaarden.isEmpty),
        ])
    }

    /// Who uses it (gemeenten site only; the public list is empty by then).
    private static func users(_ a: Applicatie, _ index: CatalogueIndex) -> [MustacheValue] {
        index.lines(index.gebruikPerApplicatie[a.id]).map { line -> (SortKey, MustacheValue) in
            let naam = index.organisaties[line.afnemer]?.naam ?? line.afnemer
            return (index.sortKey(line.afnemer, naam: naam, tieBreak: line.id), .object([
                "organisatie": index.organisatieLink(line.afnemer),
                "versie": .text(line.applicatieversie.flatMap { index.versies[$0]?.versie }),
                "status": .string(line.status.rawValue),
            ]))
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

/// Ratings: stars and count for everyone, the rating organisations only on the gemeenten site.
enum Ratings {
    static func summary(_ s: BeoordelingSamenvatting?) -> MustacheValue {
        guard let s, s.aantal > 0 else { return .null }
        return .object([
            "sterren": .string(Format.stars(s.gemiddelde)),
            "gemiddelde": .string(Format.decimal(s.gemiddelde)),
            "aantal": .string(Format.number(s.aantal)),
            "een": .bool(s.aantal == 1),
        ])
    }

    static func list(_ ratings: [Beoordeling], _ index: CatalogueIndex) -> [MustacheValue] {
        ratings.sorted { ($0.datum ?? "", $0.id) > ($1.datum ?? "", $1.id) }.map { b in
            .object([
                "organisatie": index.organisatieLink(b.afnemer),
                "sterren": .string(Format.stars(Double(b.waardering))),
                "waardering": .string("\(b.waardering)"),
                "toelichting": .text(b.toelichting),
                "datum": Format.date(b.datum),
            ])
        }
    }
}

/// Aanspreekpunten as the templates show them.
enum Contacts {
    static func value(_ p: Contactpersoon) -> MustacheValue {
        .object([
            "naam": .string(p.volledigeNaam),
            "functie": .text(p.functie),
            "emailadres": .string(p.emailadres),
            "telefoonnummer": .text(p.telefoonnummer),
        ])
    }

    static func forOrganisatie(_ id: String, _ index: CatalogueIndex) -> [MustacheValue] {
        (index.aanspreekpuntenPerOrganisatie[id] ?? []).sorted { ($0.volledigeNaam, $0.id) < ($1.volledigeNaam, $1.id) }.map(value)
    }

    /// The applicatie's own contact when it is an aanspreekpunt, else the aanbieder's.
    static func forApplicatie(_ a: Applicatie, _ index: CatalogueIndex) -> [MustacheValue] {
        if let id = a.contactpersoon, let person = index.contactpersonen[id] { return [value(person)] }
        return forOrganisatie(a.aanbieder, index)
    }
}
