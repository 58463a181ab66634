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
        var name: String? = Self.name(relation.kind)
        var documentation: String?
        var properties: [Property] = []
        switch relation.kind {
        case .gebruik:
            properties = Self.properties(of: catalogus.gebruik[relation.a])
        case .gebruiktVoor:
            properties.add(.gebruikID, catalogus.gebruik[relation.a].id)
        case .koppeling:
            let koppeling = catalogus.koppelingen[relation.a]
            let binnen = koppeling.doel != nil
            name = koppeling.naam ?? (binnen ? "binnengemeentelijke koppeling" : "buitengemeentelijke koppeling")
            documentation = koppeling.beschrijvingKort
            properties = self.properties(of: koppeling, binnen: binnen)
        case .ondersteunt:
            let compliancy = catalogus.compliancy[relation.a]
            properties.add(.objectID, compliancy.id)
            properties.add(.toelichting, compliancy.toelichting)
        case .deelname, .geschikt, .levert, .versie:
            break
        }
        keys.insert(properties)
        ExchangeWriter.writeContent(name: name, documentation: documentation, properties: properties, &out)
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

    /// GEMMA's names for its relations ("Softwarecatalogus modellering AMEFF-export").
    private static func name(_ kind: Relation.Kind) -> String? {
        switch kind {
        case .deelname, .koppeling: nil
        case .geschikt: "is geschikt voor"
        case .gebruik: "gebruikt door"
        case .gebruiktVoor: "wordt gebruikt voor"
        case .levert: "levert"
        case .ondersteunt: "ondersteunt"
        case .versie: "is versie van"
        }
    }

    /// `Gebruik status` and its dates; `Gebruik datum` is when the current status began (GEMMA).
    private static func properties(of line: Gebruik) -> [Property] {
        let current: String? = switch line.status {
        case .verwerving: line.startDatumVerwerving
        case .gepland: line.startDatumGepland
        case .inProductie: line.startDatumInProductie
        case .uitTeFaseren: line.startDatumUitTeFaseren
        case .uitgefaseerd: line.startDatumUitgefaseerd
        }
        var properties: [Property] = []
        properties.reserveCapacity(8)
        properties.add(.objectID, line.id)
        properties.add(.gebruikStatus, line.status.rawValue)
        properties.add(.gebruikDatum, current)
        properties.add(.startdatumVerwerving, line.startDatumVerwerving)
        properties.add(.startdatumGepland, line.startDatumGepland)
        properties.add(.startdatumInProductie, line.startDatumInProductie)
        properties.add(.startdatumUitTeFaseren, line.startDatumUitTeFaseren)
        properties.add(.startdatumUitgefaseerd, line.startDatumUitgefaseerd)
        return properties
    }

    /// GEMMA's koppeling properties; the intermediair and the standaardversies are named and
    /// identified in properties, as GEMMA's export model does.
    private func properties(of koppeling: Koppeling, binnen: Bool) -> [Property] {
        var properties: [Property] = []
        properties.add(.objectID, koppeling.id)
        properties.add(.gemmaType, "Koppeling")
        properties.add(.gemmaSubtype, binnen ? "Binnengemeentelijk" : "Buitengemeentelijk")
        properties.add(.richting, koppeling.richting?.rawValue)
        properties.add(.type, koppeling.type?.rawValue)
        properties.add(.standaardversie, koppeling.standaardversies.map { gemma.naam(.standaardversie, $0) }.joined(separator: ", "))
        properties.add(.standaardversieID, koppeling.standaardversies.joined(separator: ", "))
        properties.add(.status, koppeling.status?.rawValue)
        if let intermediair = koppeling.intermediair {
            properties.add(.intermediair, applicatie[intermediair].map { catalogus.applicaties[$0].naam })
            properties.add(.intermediairID, intermediair)
        }
        return properties
    }
}
