/// The property names the export writes, spelled as GEMMA's export model spells them. Each has a
/// fixed identifier `pN` (N its raw value), so a property has the same definition in every file; a
/// file declares only the definitions it uses. Short, because every property of every file names
/// its definition; readers go by the definition's name (Archi's own `propid-N` differ per export).
enum PropertyKey: Int, CaseIterable, Comparable {
    case objectID = 1, swcType, gemmaType, gemmaSubtype, url, gemmaURL, website, cbsCode
    case status, versieAanduiding, datumInOntwikkeling, datumInGebruik, datumEindeOndersteuning, datumTeruggetrokken
    case gebruikStatus, gebruikDatum, startdatumVerwerving, startdatumGepland, startdatumInProductie
    case startdatumUitTeFaseren, startdatumUitgefaseerd, gebruikID
    case richting, type, standaardversie, standaardversieID, intermediair, intermediairID, toelichting
    case peildatum, gemmaRelease, bron

    var name: String {
        switch self {
        case .objectID: "Object ID"
        case .swcType: "SWC type"
        case .gemmaType: "GEMMA type"
        case .gemmaSubtype: "GEMMA subtype"
        case .url: "URL"
        case .gemmaURL: "GEMMA URL"
        case .website: "Website"
        case .cbsCode: "CBS code"
        case .status: "Status"
        case .versieAanduiding: "Versie-aanduiding"
        case .datumInOntwikkeling: "Datum in ontwikkeling"
        case .datumInGebruik: "Datum in gebruik"
        case .datumEindeOndersteuning: "Datum einde ondersteuning"
        case .datumTeruggetrokken: "Datum teruggetrokken"
        case .gebruikStatus: "Gebruik status"
        case .gebruikDatum: "Gebruik datum"
        case .startdatumVerwerving: "Startdatum verwerving"
        case .startdatumGepland: "Startdatum gepland"
        case .startdatumInProductie: "Startdatum in productie"
        case .startdatumUitTeFaseren: "Startdatum uit te faseren"
        case .startdatumUitgefaseerd: "Startdatum uitgefaseerd"
        case .gebruikID: "Gebruik ID"
        case .richting: "Richting"
        case .type: "Type"
        case .standaardversie: "Standaardversie"
        case .standaardversieID: "Standaardversie ID"
        case .intermediair: "Intermediair"
        case .intermediairID: "Intermediair ID"
        case .toelichting: "Toelichting"
        case .peildatum: "Peildatum"
        case .gemmaRelease: "GEMMA release"
        case .bron: "Bron"
        }
    }

    var identifier: String { "p\(rawValue)" }

    /// `identifier` as bytes, by raw value: written with every property of every file.
    static let identifierBytes: [[UInt8]] = (0...allCases.count).map { Array("p\($0)".utf8) }

    static func < (a: PropertyKey, b: PropertyKey) -> Bool { a.rawValue < b.rawValue }
}

/// One property of an element, relationship, view or the model.
struct Property: Equatable {
    var key: PropertyKey
    var value: String
}

extension Array where Element == Property {
    /// Appends the property when there is a value; empty values say nothing.
    mutating func add(_ key: PropertyKey, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        append(Property(key: key, value: value))
    }
}

/// The property definitions a file uses, as a bit set over `PropertyKey`.
struct PropertyKeys {
    private(set) var bits: UInt64 = 0

    mutating func insert(_ key: PropertyKey) { bits |= 1 << UInt64(key.rawValue) }

    mutating func insert(_ properties: [Property]) {
        for property in properties { insert(property.key) }
    }

    mutating func formUnion(_ other: PropertyKeys) { bits |= other.bits }

    var isEmpty: Bool { bits == 0 }

    var sorted: [PropertyKey] { PropertyKey.allCases.filter { bits & (1 << UInt64($0.rawValue)) != 0 } }
}
