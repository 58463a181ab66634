import CatalogusModel

/// How each kind of relationship is written: identifier, ArchiMate type, name and properties,
/// after GEMMA's export model.
extension AMEFFExport.Index {
    func write(_ relation: Relation, _ out: inout ByteWriter, _ keys: inout PropertyKeys) {
        out.line(2)
        out.raw("<relationship identifier=\"id-")
        writeIdentifierBody(relation, &out)
        out.raw("\" xsi:type=\"")
        out.raw(Self.type(relation.kind))
        out.raw("\" source=\"")
        out.raw(relation.source.identifierBytes)
        out.raw("\" target=\"")
        out.raw(relation.target.identifierBytes)
        out.raw("\"")
        guard relation.kind != .deelname else {
            out.raw("/>")
            return
        }
        out.raw("><name>")
        if relation.kind == .koppeling {
            catalogus.koppelingen.withUnsafeBufferPointer { writeKoppeling($0[relation.a], &out, &keys) }
            return
        }
        out.raw(Self.name(relation.kind))
        out.raw("</name>")
        // Properties straight from the catalogue's own value (borrowed through the buffer, which
        // the array's subscript would copy): gathering them first cost a copy of each line per file.
        var properties = PropertyLine(level: 3)
        switch relation.kind {
        case .gebruik:
            catalogus.gebruik.withUnsafeBufferPointer { Self.writeProperties(of: $0[relation.a], &properties, &out, &keys) }
        case .gebruiktVoor:
            catalogus.gebruik.withUnsafeBufferPointer { properties.add(.gebruikID, $0[relation.a].id, &out, &keys) }
        case .ondersteunt:
            catalogus.compliancy.withUnsafeBufferPointer { compliancy in
                properties.add(.objectID, compliancy[relation.a].id, &out, &keys)
                properties.add(.toelichting, compliancy[relation.a].toelichting, &out, &keys)
            }
        case .deelname, .geschikt, .koppeling, .levert, .versie:
            break
        }
        if properties.close(&out) { out.line(2) }
        out.raw("</relationship>")
    }

    /// A koppeling from its name on: named by itself or by its kind, described, with GEMMA's properties.
    private func writeKoppeling(_ koppeling: borrowing Koppeling, _ out: inout ByteWriter, _ keys: inout PropertyKeys) {
        let binnen = koppeling.doel != nil
        let naam = koppeling.naam.flatMap { $0.isEmpty ? nil : $0 }
        out.text(naam ?? (binnen ? "binnengemeentelijke koppeling" : "buitengemeentelijke koppeling"))
        out.raw("</name>")
        if let documentation = koppeling.beschrijvingKort, !documentation.isEmpty {
            ExchangeWriter.writeDocumentation(documentation, level: 3, &out)
        }
        var properties = PropertyLine(level: 3)
        writeProperties(of: koppeling, binnen: binnen, &properties, &out, &keys)
        _ = properties.close(&out)
        out.line(2)
        out.raw("</relationship>")
    }

    /// The identifier without its "id-": "swc-" + kind + the ids it comes from, sanitised; without
    /// `withPrefix`, also without "swc-", for the connections that draw it.
    func writeIdentifierBody(_ relation: Relation, _ out: inout ByteWriter, withPrefix: Bool = true) {
        if withPrefix { out.raw("swc-") }
        out.raw(relation.kind.tag)
        out.raw(".")
        let a = relation.a, b = relation.b
        switch relation.kind {
        case .deelname:
            spelled.organisatie.write(a, &out)
            out.raw(".")
            spelled.organisatie.write(b, &out)
        case .geschikt, .gebruiktVoor:
            // The target is the referentiecomponent looked up by the id in the list, so it spells that id.
            if relation.kind == .geschikt { spelled.applicatie.write(a, &out) } else { spelled.gebruik.write(a, &out) }
            out.raw(".")
            out.raw(relation.target.spelledObjectID)
        case .gebruik:
            spelled.gebruik.write(a, &out)
        case .koppeling:
            spelled.koppeling.write(a, &out)
        case .levert:
            spelled.applicatie.write(a, &out)
        case .ondersteunt:
            spelled.compliancy.write(a, &out)
        case .versie:
            spelled.versie.write(a, &out)
        }
    }

    private static func type(_ kind: Relation.Kind) -> StaticString {
        switch kind {
        case .deelname: "Aggregation"
        case .geschikt, .gebruiktVoor, .versie: "Specialization"
        case .gebruik: "Serving"
        case .koppeling: "Flow"
        case .levert: "Association"
        case .ondersteunt: "Realization"
        }
    }

    /// GEMMA's names for its relations ("Softwarecatalogus modellering AMEFF-export"); a koppeling
    /// has its own name, a deelname none.
    private static func name(_ kind: Relation.Kind) -> StaticString {
        switch kind {
        case .deelname, .koppeling: ""
        case .geschikt: "is geschikt voor"
        case .gebruik: "gebruikt door"
        case .gebruiktVoor: "wordt gebruikt voor"
        case .levert: "levert"
        case .ondersteunt: "ondersteunt"
        case .versie: "is versie van"
        }
    }

    /// `Gebruik status` and its dates; `Gebruik datum` is when the current status began (GEMMA).
    private static func writeProperties(
        of line: borrowing Gebruik, _ properties: inout PropertyLine, _ out: inout ByteWriter, _ keys: inout PropertyKeys
    ) {
        let current: String? = switch line.status {
        case .verwerving: line.startDatumVerwerving
        case .gepland: line.startDatumGepland
        case .inProductie: line.startDatumInProductie
        case .uitTeFaseren: line.startDatumUitTeFaseren
        case .uitgefaseerd: line.startDatumUitgefaseerd
        }
        properties.add(.objectID, line.id, &out, &keys)
        properties.add(.gebruikStatus, line.status.rawValue, &out, &keys)
        properties.add(.gebruikDatum, current, &out, &keys)
        properties.add(.startdatumVerwerving, line.startDatumVerwerving, &out, &keys)
        properties.add(.startdatumGepland, line.startDatumGepland, &out, &keys)
        properties.add(.startdatumInProductie, line.startDatumInProductie, &out, &keys)
        properties.add(.startdatumUitTeFaseren, line.startDatumUitTeFaseren, &out, &keys)
        properties.add(.startdatumUitgefaseerd, line.startDatumUitgefaseerd, &out, &keys)
    }

    /// GEMMA's koppeling properties; the intermediair and the standaardversies are named and
    /// identified in properties, as GEMMA's export model does.
    private func writeProperties(
        of koppeling: borrowing Koppeling, binnen: Bool, _ properties: inout PropertyLine, _ out: inout ByteWriter,
        _ keys: inout PropertyKeys
    ) {
        properties.add(.objectID, koppeling.id, &out, &keys)
        properties.add(.gemmaType, "Koppeling", &out, &keys)
        properties.add(.gemmaSubtype, binnen ? "Binnengemeentelijk" : "Buitengemeentelijk", &out, &keys)
        properties.add(.richting, koppeling.richting?.rawValue, &out, &keys)
        properties.add(.type, koppeling.type?.rawValue, &out, &keys)
        if !koppeling.standaardversies.isEmpty {
            properties.add(.standaardversie, koppeling.standaardversies.map { gemma.naam(.standaardversie, $0) }.joined(separator: ", "),
                           &out, &keys)
            properties.add(.standaardversieID, koppeling.standaardversies.joined(separator: ", "), &out, &keys)
        }
        properties.add(.status, koppeling.status?.rawValue, &out, &keys)
        if let intermediair = koppeling.intermediair {
            properties.add(.intermediair, applicatie[intermediair].map { catalogus.applicaties[$0].naam }, &out, &keys)
            properties.add(.intermediairID, intermediair, &out, &keys)
        }
    }
}
