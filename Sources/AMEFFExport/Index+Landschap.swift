import CatalogusModel

/// The demand side: what one gemeente or samenwerking uses, after GEMMA's export model.
extension AMEFFExport.Index {
    /// Organisation `o` with its gebruik. A line with a versie is drawn on the versie (GEMMA:
    /// "Pakketversie"), which is a specialization of its applicatie.
    func landschap(of o: Int) -> Concepts {
        let id = catalogus.organisaties[o].id
        var concepts = Concepts()
        let afnemer = concepts.add(organisatieFragments[o], .afnemer)
        if catalogus.organisaties[o].type == .samenwerking {
            for d in deelnemersPerSamenwerking[id] ?? [] {
                concepts.add(Relation(.deelname, o, d, from: afnemer, to: concepts.add(organisatieFragments[d], .afnemer)))
            }
        }
        for g in gebruikPerAfnemer[id] ?? [] {
            guard let used = addSubject(of: g, withAanbieder: true, to: &concepts) else { continue }
            concepts.add(Relation(.gebruik, g, from: used, to: afnemer))
            for (slot, fragment) in lines[g].referentiecomponenten {
                let rc = concepts.add(fragment, .referentiecomponent)
                concepts.add(Relation(.gebruiktVoor, g, slot, from: used, to: rc))
            }
        }
        return concepts
    }

    /// The koppelingen of organisation `o`, with the organisation itself so the file is never empty
    /// (Archi refuses a model without elements).
    func koppelingen(of o: Int) -> Concepts {
        var concepts = Concepts()
        concepts.add(organisatieFragments[o], .afnemer)
        for k in koppelingenPerAfnemer[catalogus.organisaties[o].id] ?? [] {
            let ends = koppelingEnds[k]
            guard let bron = ends.bron, let source = addSubject(of: bron, withAanbieder: false, to: &concepts) else { continue }
            let target: ElementFragment
            if catalogus.koppelingen[k].doel != nil {
                guard let d = ends.doel, let used = addSubject(of: d, withAanbieder: false, to: &concepts) else { continue }
                target = used
            } else if let voorziening = catalogus.koppelingen[k].buitengemeentelijkeVoorziening {
                target = concepts.add(gemma.fragment(.voorziening, voorziening), .voorziening)
            } else {
                continue  // the contract wants a doel or a voorziening; the loader reports it
            }
            concepts.add(Relation(.koppeling, k, from: source, to: target))
        }
        return concepts
    }

    /// By placement number (see `GemmaViewSet`): what organisation `o` uses for the
    /// referentiecomponent of that number, in the order to draw it, for the GEMMA views.
    func placements(of o: Int, count: Int) -> [[ElementFragment]] {
        var table = [[ElementFragment]](repeating: [], count: count)
        var placed: [Int] = []
        for g in gebruikPerAfnemer[catalogus.organisaties[o].id] ?? [] where !linePlacements[g].isEmpty {
            guard let subject = subject(of: g) else { continue }
            // An organisation puts few applicaties in one referentiecomponent: a look is enough.
            for number in linePlacements[g] where !table[number].contains(where: { $0 === subject }) {
                if table[number].isEmpty { placed.append(number) }
                table[number].append(subject)
            }
        }
        for number in placed where table[number].count > 1 {
            table[number] = table[number].map { (names.rank($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        }
        return table
    }

    /// Adds the element gebruik line `g` is about (its versie, else its applicatie) with its
    /// applicatie and, for landscapes, its aanbieder (GEMMA: the export holds the leveranciers of
    /// the applicaties in use); nil when the applicatie is not visible.
    private func addSubject(of g: Int, withAanbieder: Bool, to concepts: inout Concepts) -> ElementFragment? {
        guard let a = lines[g].applicatie else { return nil }
        let (app, isNew) = concepts.insert(applicatieFragments[a], .applicatie)
        if withAanbieder && isNew { addAanbieder(of: a, to: &concepts) }
        guard let v = lines[g].versie else { return app }
        return addVersie(v, of: a, to: &concepts)
    }

    private func subject(of g: Int) -> ElementFragment? {
        guard let a = lines[g].applicatie else { return nil }
        return lines[g].versie.map { versieFragments[$0] } ?? applicatieFragments[a]
    }
}
