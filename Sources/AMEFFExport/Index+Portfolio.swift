/// The supply side, for both audiences: what an applicatie or a leverancier offers.
extension AMEFFExport.Index {
    /// The portfolio of one applicatie: the applicatie with its versies and its aanbieder, the
    /// referentiecomponenten it is suitable for and the standaardversies it supports, in one view.
    /// Nil when no visible applicatie has this id.
    public func applicatie(_ id: String) -> [UInt8]? {
        guard let i = applicatie[id] else { return nil }
        var concepts = Concepts()
        addPortfolio(of: i, to: &concepts)
        let naam = catalogus.applicaties[i].naam
        let model = model("applicatie", id, naam: "Portfolio \(naam)",
                          documentation: "Applicatie \(naam) met versies, referentiecomponenten en standaarden.")
        return write(model.with(concepts, view: .portfolio, named: naam))
    }

    /// The portfolio of one leverancier (or any other aanbieder): all its applicaties as in
    /// `applicatie(_:)`, in one view. Nil when no visible organisation has this id.
    public func leverancier(_ id: String) -> [UInt8]? {
        guard let o = organisatie[id] else { return nil }
        var concepts = Concepts()
        concepts.add(organisatieFragments[o], .aanbieder)
        for i in applicatiesPerAanbieder[id] ?? [] { addPortfolio(of: i, to: &concepts) }
        let naam = catalogus.organisaties[o].naam
        let model = model("leverancier", id, naam: "Portfolio \(naam)",
                          documentation: "Applicaties van \(naam) met versies, referentiecomponenten en standaarden.")
        return write(model.with(concepts, view: .portfolio, named: "Portfolio \(naam)"))
    }

    /// Leverancier –levert→ applicatie; versie –is versie van→ applicatie; applicatie –is geschikt
    /// voor→ referentiecomponent; applicatie –ondersteunt→ standaardversie.
    func addPortfolio(of i: Int, to concepts: inout Concepts) {
        let applicatie = catalogus.applicaties[i]
        let app = concepts.add(applicatieFragments[i], .applicatie)
        addAanbieder(of: i, to: &concepts)
        for v in versiesPerApplicatie[applicatie.id] ?? [] { addVersie(v, of: i, to: &concepts) }
        let rcs = applicatie.referentiecomponenten
        for (slot, objectID) in rcs.enumerated() where Self.isFirst(slot, in: rcs) {
            let rc = concepts.add(gemma.fragment(.referentiecomponent, objectID), .referentiecomponent)
            concepts.add(Relation(.geschikt, i, slot, from: app, to: rc))
        }
        for c in ondersteundPerApplicatie[applicatie.id] ?? [] {
            let versie = concepts.add(gemma.fragment(.standaardversie, catalogus.compliancy[c].standaardversie), .standaardversie)
            concepts.add(Relation(.ondersteunt, c, from: app, to: versie))
        }
    }

    /// The aanbieder of applicatie `i` with its "levert" association.
    func addAanbieder(of i: Int, to concepts: inout Concepts) {
        guard let o = aanbieder[i] else { return }
        let aanbieder = concepts.add(organisatieFragments[o], .aanbieder)
        concepts.add(Relation(.levert, i, from: aanbieder, to: applicatieFragments[i]))
    }

    /// Versie `v` of applicatie `i`, with its specialization to it when it is new; returns the versie.
    @discardableResult
    func addVersie(_ v: Int, of i: Int, to concepts: inout Concepts) -> ElementFragment {
        let (versie, isNew) = concepts.insert(versieFragments[v], .versie)
        if isNew { concepts.add(Relation(.versie, v, from: versie, to: applicatieFragments[i])) }
        return versie
    }
}

extension ExchangeModel {
    /// This model holding `concepts`, with one layered view of all of them.
    func with(_ concepts: Concepts, view kind: DrawnView.Kind, named name: String) -> ExchangeModel {
        var model = self
        let concepts = concepts.sortingRelations()
        model.concepts = concepts
        model.views = [DrawnView(kind, of: identifier, name: name, concepts: concepts)]
        return model
    }
}
