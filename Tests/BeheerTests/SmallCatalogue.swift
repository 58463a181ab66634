import Diagnostics
import JSON

/// A small valid catalogue with every kind of reference a merge must follow: gemeente `gm-a`
/// (the survivor in most tests) and `gm-b`, `gm-c` (merged), a samenwerking, two leveranciers.
enum SmallCatalogue {
    static var contents: [String: JSON] {
        [
            "organisaties.json": [
                object(("id", "gm-a"), ("naam", "Alfa"), ("type", "Gemeente"), ("cbsCode", "GM0001"), ("deelnames", ["sw-1"])),
                object(("id", "gm-b"), ("naam", "Bravo"), ("type", "Gemeente"), ("deelnames", ["sw-1", "com-1"]), ("eigenVeld", "blijft")),
                object(("id", "gm-c"), ("naam", "Charlie"), ("type", "Gemeente"), ("status", "Deactief")),
                object(("id", "gm-old"), ("naam", "Oud"), ("type", "Gemeente"), ("status", "Deactief"), ("opgegaanIn", "gm-b")),
                object(("id", "sw-1"), ("naam", "Samen"), ("type", "Samenwerking")),
                object(("id", "com-1"), ("naam", "Gemeenschap"), ("type", "Community")),
                object(("id", "lev-1"), ("naam", "Leverancier Een"), ("type", "Leverancier")),
                object(("id", "lev-2"), ("naam", "Leverancier Twee"), ("type", "Leverancier")),
            ],
            "contactpersonen.json": [
                object(("id", "cp-a"), ("organisatie", "gm-a"), ("emailadres", "a@example.nl")),
                object(("id", "cp-b"), ("organisatie", "gm-b"), ("emailadres", "b@example.nl"), ("isAanspreekpunt", .bool(true))),
            ],
            "applicaties.json": [
                object(("id", "app-1"), ("naam", "Zaken"), ("beschrijvingKort", "z"), ("aanbieder", "lev-1")),
                object(("id", "app-2"), ("naam", "Burgerzaken"), ("beschrijvingKort", "b"), ("aanbieder", "lev-1"), ("geregistreerdDoor", "gm-b")),
                object(("id", "app-3"), ("naam", "Belastingen"), ("beschrijvingKort", "t"), ("aanbieder", "lev-2")),
            ],
            "applicatieversies.json": [
                object(("id", "v-1"), ("applicatie", "app-1"), ("versie", "1.0")),
                object(("id", "v-2"), ("applicatie", "app-1"), ("versie", "2.0")),
            ],
            "diensten.json": [
                object(("id", "d-1"), ("naam", "Hosting"), ("aanbieder", "lev-1"), ("type", "Hosting"), ("applicaties", ["app-1"])),
            ],
            "gebruik.json": [
                object(("id", "g-a1"), ("afnemer", "gm-a"), ("applicatie", "app-1"), ("applicatieversie", "v-1"), ("status", "Gepland"),
                       ("diensten", ["d-1"]), ("interneAantekening", "Alfa-notitie")),
                object(("id", "g-b1"), ("afnemer", "gm-b"), ("applicatie", "app-1"), ("applicatieversie", "v-2"), ("status", "In productie"),
                       ("startDatumInProductie", "2020-01-01"), ("interneAantekening", "Bravo-notitie"),
                       ("verwerkingen", [object(("naam", "Zaakafhandeling"))])),
                object(("id", "g-b2"), ("afnemer", "gm-b"), ("applicatie", "app-2"), ("status", "In productie")),
                object(("id", "g-c1"), ("afnemer", "gm-c"), ("applicatie", "app-1"), ("status", "Uitgefaseerd")),
                object(("id", "g-c2"), ("afnemer", "gm-c"), ("applicatie", "app-2"), ("status", "Gepland")),
                object(("id", "g-sw"), ("afnemer", "sw-1"), ("applicatie", "app-3"), ("status", "In productie"), ("deelnemers", ["gm-a", "gm-b", "gm-c"])),
            ],
            "koppelingen.json": [
                object(("id", "k-1"), ("bron", "g-b1"), ("doel", "g-b2"), ("type", "api")),
                object(("id", "k-2"), ("bron", "g-c2"), ("doel", "g-c1"), ("type", "api")),
            ],
            "contracten.json": [
                object(("id", "c-1"), ("gebruik", "g-b1"), ("contractType", "Licentie")),
            ],
            "beoordelingen.json": [
                object(("id", "b-a"), ("afnemer", "gm-a"), ("applicatie", "app-1"), ("waardering", .integer(3)), ("datum", "2025-01-01")),
                object(("id", "b-b"), ("afnemer", "gm-b"), ("applicatie", "app-1"), ("waardering", .integer(5)), ("datum", "2026-03-01")),
                object(("id", "b-c"), ("afnemer", "gm-c"), ("applicatie", "app-1"), ("waardering", .integer(1))),
                object(("id", "b-d"), ("afnemer", "gm-c"), ("dienst", "d-1"), ("waardering", .integer(4)), ("datum", "2024-05-05")),
            ],
        ]
    }

    static func files(changing change: (inout [String: JSON]) -> Void = { _ in }) -> [String: SourceFile] {
        var contents = self.contents
        change(&contents)
        return TestData.files(contents)
    }
}

extension [String: JSON] {
    /// Appends objects to the array file `name`.
    mutating func append(_ name: String, _ objects: JSON...) {
        guard case .array(let items) = self[name] ?? .array([]) else { return }
        self[name] = .array(items + objects)
    }
}
