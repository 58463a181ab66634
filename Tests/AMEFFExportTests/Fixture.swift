import AMEFFExport
import CatalogusModel
import Gemma

/// A small catalogue with one of everything the export writes: a leverancier with two
/// applicaties (one with two versies), a gemeente and a samenwerking with landscapes, koppelingen
/// within the gemeente and to a landelijke voorziening, and a GEMMA model with two
/// referentiecomponenten drawn in one Softwarecatalogus view and a second view in which nobody
/// uses anything. Names carry `<&"'` on purpose.
enum Fixture {
    static let rcZaak = "guid-rc-zaak"
    static let rcDocument = "guid-rc-doc"
    static let standaardversie = "guid-stuf-301"
    static let digid = "guid-digid"

    static func catalogus() -> Catalogus {
        var c = Catalogus(info: CatalogusInfo(naam: "Testcatalogus", peildatum: "2026-11-01"), gemma: gemma())
        var gemeente = Organisatie(id: "gem-1", naam: "Gemeente <Zuid> & \"Noord\" 's-Hertogenbosch", type: .gemeente)
        gemeente.cbsCode = "GM0796"
        gemeente.deelnames = ["sw-1"]
        c.organisaties = [
            gemeente,
            Organisatie(id: "gem-2", naam: "Buurgemeente", type: .gemeente),
            Organisatie(id: "lev-1", naam: "Leverancier B.V.", type: .leverancier),
            Organisatie(id: "sw-1", naam: "Samenwerking Regio", type: .samenwerking),
        ]
        var zaak = Applicatie(id: "app-1", naam: "Zaak<systeem> & \"Co\"", beschrijvingKort: "Zaken 'beheren'", aanbieder: "lev-1")
        zaak.referentiecomponenten = [rcZaak]
        zaak.website = "https://example.org/zaak?a=1&b=2"
        var document = Applicatie(id: "app-2", naam: "Documentsysteem", beschrijvingKort: "Documenten", aanbieder: "lev-1")
        document.referentiecomponenten = [rcDocument]
        document.status = .concept
        c.applicaties = [zaak, document]
        var versie1 = Applicatieversie(id: "ver-1", applicatie: "app-1", versie: "1.0")
        versie1.status = .inGebruik
        versie1.datumInGebruik = "2025-01-01"
        c.applicatieversies = [versie1, Applicatieversie(id: "ver-2", applicatie: "app-1", versie: "2.0")]
        c.compliancy = [
            Compliancy(id: "cmp-1", applicatie: "app-1", standaardversie: standaardversie, ondersteund: true),
            Compliancy(id: "cmp-2", applicatie: "app-2", standaardversie: standaardversie, ondersteund: false),
        ]
        var lijn1 = Gebruik(id: "geb-1", afnemer: "gem-1", applicatie: "app-1", status: .inProductie)
        lijn1.applicatieversie = "ver-1"
        lijn1.startDatumInProductie = "2024-05-01"
        lijn1.referentiecomponenten = [rcZaak, rcDocument]
        var lijn2 = Gebruik(id: "geb-2", afnemer: "gem-1", applicatie: "app-2", status: .gepland)
        lijn2.referentiecomponenten = [rcDocument]
        var lijn3 = Gebruik(id: "geb-3", afnemer: "sw-1", applicatie: "app-2", status: .uitTeFaseren)
        lijn3.referentiecomponenten = [rcDocument]
        let lijn4 = Gebruik(id: "geb-4", afnemer: "gem-2", applicatie: "app-1", status: .inProductie)
        c.gebruik = [lijn1, lijn2, lijn3, lijn4]
        var binnen = Koppeling(id: "kop-1", bron: "geb-1")
        binnen.doel = "geb-2"
        binnen.naam = "Zaken naar documenten"
        binnen.richting = .aNaarB
        binnen.type = .api
        binnen.status = .inGebruik
        binnen.standaardversies = [standaardversie]
        binnen.intermediair = "app-2"
        var buiten = Koppeling(id: "kop-2", bron: "geb-2")
        buiten.buitengemeentelijkeVoorziening = digid
        buiten.richting = .biDirectioneel
        c.koppelingen = [binnen, buiten]
        return c
    }

    static func gemma() -> GemmaModel {
        GemmaModel(
            naam: "GEMMA", release: "2026-06-30",
            referentiecomponenten: [
                Referentiecomponent(objectID: rcDocument, identifier: "id-rc-doc", naam: "Documentbeheercomponent", beschrijving: "Documenten"),
                Referentiecomponent(objectID: rcZaak, identifier: "id-rc-zaak", naam: "Zaakregistratiecomponent", beschrijving: "Zaken"),
            ],
            standaarden: [Standaard(objectID: "guid-stuf", identifier: "id-stuf", naam: "StUF", beschrijving: "", versies: [standaardversie])],
            standaardversies: [Standaardversie(objectID: standaardversie, identifier: "id-stuf-301", naam: "StUF 3.01", beschrijving: "", standaard: "guid-stuf")],
            landelijkeVoorzieningen: [LandelijkeVoorziening(objectID: digid, identifier: "id-digid", naam: "DigiD", beschrijving: "Inloggen")],
            applicatieservices: [],
            views: [view(), standaardenView()])
    }

    /// Two referentiecomponenten side by side in a container, a standaard below them, labels that
    /// link to this view, to one not published and to the view of standaarden, a relationship and a plain line.
    static func view() -> GemmaView {
        GemmaView(
            identifier: "id-view-1", objectID: "guid-view-1", naam: "Referentiecomponenten", breedte: 600, hoogte: 400,
            nodes: [
                GemmaViewNode(identifier: "id-n-group", label: "Zaakgericht werken", soort: "Container", x: 10, y: 10, w: 560, h: 200,
                              fillColor: GemmaColor(r: 240, g: 240, b: 240), lineColor: GemmaColor(r: 0, g: 0, b: 0, alpha: 50)),
                GemmaViewNode(identifier: "id-n-zaak", elementRef: "id-rc-zaak", objectID: rcZaak, label: "Zaakregistratiecomponent",
                              soort: "Element", elementType: "ApplicationComponent", x: 30, y: 50, w: 220, h: 80, parent: "id-n-group"),
                GemmaViewNode(identifier: "id-n-doc", elementRef: "id-rc-doc", objectID: rcDocument, label: "Documentbeheercomponent",
                              soort: "Element", elementType: "ApplicationComponent", x: 300, y: 50, w: 220, h: 80, parent: "id-n-group"),
                GemmaViewNode(identifier: "id-n-stuf", elementRef: "id-stuf", objectID: "guid-stuf", label: "StUF", soort: "Element",
                              elementType: "Constraint", x: 30, y: 260, w: 120, h: 55),
                GemmaViewNode(identifier: "id-n-note", label: "Zie ook", soort: "Label", x: 300, y: 260, w: 120, h: 40,
                              viewRef: "id-view-1"),
                GemmaViewNode(identifier: "id-n-elders", label: "Elders", soort: "Label", x: 450, y: 260, w: 100, h: 40,
                              viewRef: "id-view-not-for-swc"),
                GemmaViewNode(identifier: "id-n-naar-2", label: "Standaarden", soort: "Label", x: 300, y: 320, w: 120, h: 40,
                              viewRef: "id-view-2"),
            ],
            connections: [
                GemmaViewConnection(identifier: "id-c-1", source: "id-n-zaak", target: "id-n-stuf", relationshipType: "Realization",
                                    relationshipRef: "id-r-1", bendpoints: [GemmaPoint(x: 90, y: 200)]),
                GemmaViewConnection(identifier: "id-c-2", source: "id-n-note", target: "id-n-doc"),
            ])
    }

    /// StUF and a business function only this view shows, related, and no referentiecomponent:
    /// nobody's applicaties are placed in it.
    static func standaardenView() -> GemmaView {
        GemmaView(
            identifier: "id-view-2", objectID: "guid-view-2", naam: "Standaarden", breedte: 400, hoogte: 200,
            nodes: [
                GemmaViewNode(identifier: "id-n2-stuf", elementRef: "id-stuf", objectID: "guid-stuf", label: "StUF", soort: "Element",
                              elementType: "Constraint", x: 20, y: 20, w: 120, h: 55),
                GemmaViewNode(identifier: "id-n2-bf", elementRef: "id-bf-zaken", objectID: "guid-bf-zaken", label: "Zaakafhandeling",
                              soort: "Element", elementType: "BusinessFunction", x: 200, y: 20, w: 120, h: 55),
            ],
            connections: [
                GemmaViewConnection(identifier: "id-c2-1", source: "id-n2-bf", target: "id-n2-stuf", relationshipType: "Association",
                                    relationshipRef: "id-r-2"),
            ])
    }

    /// Root-relative page URLs, as page planning would give them.
    static let pageURL: AMEFFExport.PageURL = { page, id in
        switch page {
        case .applicatie: "/applicaties/\(id)/"
        case .organisatie: "/organisaties/\(id)/"
        case .referentiecomponent: "/referentiecomponenten/\(id)/"
        case .applicatieversie: nil
        }
    }

    static func index(_ audience: Audience) -> AMEFFExport.Index {
        AMEFFExport.Index(catalogus().visible(to: audience), pageURL: pageURL)
    }
}
