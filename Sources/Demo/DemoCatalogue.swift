import JSON

/// A complete, invented catalogue for demos, tests and benchmarks: the real gemeenten and GEMMA,
/// with made-up suppliers, products and landscapes. Same options and GEMMA file, same bytes.
public enum DemoCatalogue {
    /// The seed of every random stream; fixed, so the demo never changes by accident.
    static let seed: UInt64 = 0x5357_4344_454D_4F31

    /// File name → file bytes for a complete data folder (catalogus.json, organisaties.json,
    /// contactpersonen.json, applicaties.json, applicatieversies.json, compliancy.json, diensten.json,
    /// gebruik.json, koppelingen.json, beoordelingen.json, contracten.json, and gemma.xml copied from `gemma`).
    public static func generate(_ options: DemoOptions, gemma: [UInt8]) throws -> [String: [UInt8]] {
        guard options.scale.isFinite, options.scale > 0 else { throw DemoError.invalidScale(options.scale) }
        guard let peildatum = Day(options.peildatum) else { throw DemoError.invalidPeildatum(options.peildatum) }
        let counts = DemoCounts(scale: options.scale)
        guard counts.gemeenten - GemeenteRecord.all.count <= Gemeenten.fictionalCapacity else {
            throw DemoError.scaleTooLarge(options.scale)
        }
        let model = try GemmaIndex(bytes: gemma)

        let organisaties = Organisaties.make(counts, seed: seed)
        let contactpersonen = Contactpersonen.make(organisaties, seed: seed)
        let applicaties = Applicaties.make(
            counts, organisaties: organisaties, contactpersonen: contactpersonen, gemma: model, seed: seed)
        let versies = Applicatieversies.make(applicaties.all, peildatum: peildatum, seed: seed)
        let compliancy = Compliancy.make(applicaties.all, organisaties: organisaties, gemma: model, seed: seed)
        let diensten = Diensten.make(
            counts, organisaties: organisaties, applicaties: applicaties, contactpersonen: contactpersonen, seed: seed)
        let landschappen = Landschappen.make(
            counts, peildatum: peildatum, organisaties: organisaties, gemma: model, applicaties: applicaties,
            versies: versies, diensten: diensten, seed: seed)
        let koppelingen = Koppelingen.make(
            landschappen, counts: counts, gemma: model, applicaties: applicaties.all, seed: seed)
        let beoordelingen = Beoordelingen.make(landschappen, counts: counts, peildatum: peildatum, seed: seed)
        let contracten = Contracten.make(landschappen, counts: counts, peildatum: peildatum, seed: seed)

        return [
            "catalogus.json": encode(catalogus(peildatum: options.peildatum)),
            "organisaties.json": encode(organisaties.all),
            "contactpersonen.json": encode(contactpersonen.all),
            "applicaties.json": encode(applicaties.all),
            "applicatieversies.json": encode(versies.all),
            "compliancy.json": encode(compliancy),
            "diensten.json": encode(diensten.all),
            "gebruik.json": encode(landschappen.lines),
            "koppelingen.json": encode(koppelingen),
            "beoordelingen.json": encode(beoordelingen),
            "contracten.json": encode(contracten),
            "gemma.xml": gemma,
        ]
    }

    static func catalogus(peildatum: String) -> JSON {
        .object([
            JSONField("naam", .string("GEMMA Softwarecatalogus (demo)")),
            JSONField("peildatum", .string(peildatum)),
            JSONField("gemmaOnlineUrl", .string("https://www.gemmaonline.nl/wiki/GEMMA/id-")),
        ])
    }

    private static func encode(_ json: JSON) -> [UInt8] {
        Array(JSONWriter.format(json).utf8)
    }

    private static func encode(_ records: [some JSONRecord]) -> [UInt8] {
        encode(.array(records.map(\.json)))
    }
}
