/// The audience stage: one function that applies the table "Who may see what" of the contract.
extension Catalogus {
    public func visible(to audience: Audience) -> VisibleCatalogus {
        let forGemeenten = audience == .gemeenten
        // Never, for anyone: Deactief organisations, Gedepubliceerd applicaties and all that hangs on them.
        let organisaties = organisaties.filter { $0.status != .deactief }
        let organisatieIDs = Set(organisaties.map(\.id))
        let applicaties = applicaties.filter { $0.status != .gedepubliceerd && organisatieIDs.contains($0.aanbieder) }
        let applicatieIDs = Set(applicaties.map(\.id))
        let diensten = diensten.filter { organisatieIDs.contains($0.aanbieder) }
        let dienstIDs = Set(diensten.map(\.id))
        let afnemers = Set(organisaties.filter(\.isAfnemer).map(\.id))

        let isVisible = { (line: Gebruik) in afnemers.contains(line.afnemer) && applicatieIDs.contains(line.applicatie) }
        // The public site gets only counts, so its lines are never copied.
        let gebruik = !forGemeenten ? [] : gebruik.filter(isVisible).map { line -> Gebruik in
            var line = line
            line.interneAantekening = nil  // contract: never published anywhere
            line.diensten = line.diensten.filter(dienstIDs.contains)
            line.deelnemers = line.deelnemers.filter(organisatieIDs.contains)
            return line
        }
        let gebruikIDs = Set(gebruik.map(\.id))
        let koppelingen = koppelingen.filter { k in
            gebruikIDs.contains(k.bron) && (k.doel.map(gebruikIDs.contains) ?? true)
                && (k.intermediair.map(applicatieIDs.contains) ?? true)
        }
        let beoordelingen = beoordelingen.filter { b in
            b.status == .goedgekeurd && organisatieIDs.contains(b.afnemer)
                && (b.applicatie.map(applicatieIDs.contains) ?? false || b.dienst.map(dienstIDs.contains) ?? false)
        }
        let kinds = Dictionary(organisaties.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
        let contactpersonen = contactpersonen.filter { person in
            guard person.isAanspreekpunt, let kind = kinds[person.organisatie] else { return false }
            // PvE: contacts of gemeenten and samenwerkingen only for signed-in municipalities.
            return kind == .leverancier || kind == .community || forGemeenten
        }
        let contactIDs = Set(contactpersonen.map(\.id))
        let keep = { (id: String?, visible: Set<String>) in id.flatMap { visible.contains($0) ? $0 : nil } }

        return VisibleCatalogus(
            audience: audience, info: info, gemma: gemma,
            organisaties: organisaties.map { organisatie in
                // References to what is hidden go too, so no later output can follow them.
                var organisatie = organisatie
                organisatie.deelnames = organisatie.deelnames.filter(organisatieIDs.contains)
                organisatie.opgegaanIn = keep(organisatie.opgegaanIn, organisatieIDs)
                if organisatie.isAfnemer && !forGemeenten {
                    // Contract: of gemeenten and samenwerkingen the public sees the organisation, not how to reach its people.
                    organisatie.emailadres = nil
                    organisatie.telefoonnummer = nil
                    organisatie.kvkNummer = nil
                }
                return organisatie
            },
            contactpersonen: contactpersonen,
            applicaties: applicaties.map { applicatie in
                var applicatie = applicatie
                applicatie.onderdeelVan = applicatie.onderdeelVan.filter(applicatieIDs.contains)
                applicatie.opgegaanIn = keep(applicatie.opgegaanIn, applicatieIDs)
                applicatie.geregistreerdDoor = keep(applicatie.geregistreerdDoor, organisatieIDs)
                applicatie.contactpersoon = keep(applicatie.contactpersoon, contactIDs)
                return applicatie
            },
            applicatieversies: applicatieversies.filter { applicatieIDs.contains($0.applicatie) },
            compliancy: compliancy.filter { applicatieIDs.contains($0.applicatie) },
            diensten: diensten.map { dienst in
                var dienst = dienst
                dienst.applicaties = dienst.applicaties.filter(applicatieIDs.contains)
                dienst.contactpersoon = keep(dienst.contactpersoon, contactIDs)
                return dienst
            },
            gebruik: gebruik,
            koppelingen: forGemeenten ? koppelingen : [],
            contracten: forGemeenten ? contracten.filter { gebruikIDs.contains($0.gebruik) }.map { contract in
                var contract = contract
                contract.dienst = keep(contract.dienst, dienstIDs)
                return contract
            } : [],
            beoordelingen: forGemeenten ? beoordelingen : [],
            gebruikTelling: Self.usage(self.gebruik, isVisible),
            gebruikTotalen: GebruikTotalen.make(self.gebruik, afnemers: afnemers,
                                                aanbieders: Dictionary(applicaties.map { ($0.id, $0.aanbieder) }, uniquingKeysWith: { a, _ in a })),
            beoordelingenPerApplicatie: Self.summaries(beoordelingen, of: \.applicatie),
            beoordelingenPerDienst: Self.summaries(beoordelingen, of: \.dienst),
            organisatieOpvolgers: Self.successors(self.organisaties.map { ($0.id, $0.opgegaanIn) }, visible: organisatieIDs),
            applicatieOpvolgers: Self.successors(self.applicaties.map { ($0.id, $0.opgegaanIn) }, visible: applicatieIDs))
    }

    /// Distinct organisations per applicatie, counting lines that are not phased out.
    private static func usage(_ gebruik: [Gebruik], _ isVisible: (Gebruik) -> Bool) -> [String: Int] {
        var users: [String: Set<String>] = [:]
        // By index, reading two fields, so the lines themselves are not copied.
        for index in gebruik.indices where gebruik[index].isInGebruik && isVisible(gebruik[index]) {
            users[gebruik[index].applicatie, default: []].insert(gebruik[index].afnemer)
        }
        return users.mapValues(\.count)
    }

    /// Hidden objects whose `opgegaanIn` names a visible one.
    private static func successors(_ all: [(id: String, opgegaanIn: String?)], visible: Set<String>) -> [String: String] {
        var result: [String: String] = [:]
        for (id, next) in all where !visible.contains(id) {
            if let next, visible.contains(next) { result[id] = next }
        }
        return result
    }

    /// Ids are unique per file only, so applicaties and diensten are summarised apart.
    private static func summaries(_ beoordelingen: [Beoordeling], of subject: KeyPath<Beoordeling, String?>) -> [String: BeoordelingSamenvatting] {
        var result: [String: BeoordelingSamenvatting] = [:]
        for rating in beoordelingen {
            guard let id = rating[keyPath: subject] else { continue }
            result[id, default: BeoordelingSamenvatting(aantal: 0, som: 0)].aantal += 1
            result[id]!.som += rating.waardering
        }
        return result
    }
}
