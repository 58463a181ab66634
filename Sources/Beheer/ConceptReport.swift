/// Concept organisaties and applicaties that wait for VNG's review, with who registered them.
enum ConceptReport {
    static func page(_ index: ReportIndex) -> ReportPage {
        let organisaties = ReportIndex.byName(index.organisaties.filter { $0.string("status") == "Concept" && $0.string("opgegaanIn") == nil })
        let applicaties = index.applicaties.filter { $0.string("status") == "Concept" && $0.string("opgegaanIn") == nil }
            .sorted { a, b in
                let (x, y) = (index.label(organisatie: a.string("aanbieder") ?? ""), index.label(organisatie: b.string("aanbieder") ?? ""))
                return (NameKey.folded(x), NameKey.folded(a.string("naam") ?? ""), a.id) < (NameKey.folded(y), NameKey.folded(b.string("naam") ?? ""), b.id)
            }
        let organisatieRows = organisaties.map { o in
            [o.string("naam") ?? "", o.id, o.string("type") ?? "", o.string("kvkNummer") ?? "", o.string("website") ?? "", registrants(of: o.id, index)]
        }
        let applicatieRows = applicaties.map { a -> [String] in
            let aanbieder = a.string("aanbieder") ?? ""
            let status = index.organisatie[aanbieder].map { $0.string("status") ?? "Actief" } ?? ReportMessages.missingObject
            return [a.string("naam") ?? "", a.id, index.label(organisatie: aanbieder), status, registeredBy(a, index),
                    String(index.versies[a.id] ?? 0), String(index.gebruikers[a.id]?.count ?? 0)]
        }
        return ReportPage(
            name: "concepten", title: ReportMessages.conceptTitle, intro: [ReportMessages.conceptIntro],
            tables: [
                ReportTable(
                    name: "concept-organisaties", heading: ReportMessages.conceptOrganisatiesHeading, intro: ReportMessages.conceptOrganisatiesIntro,
                    columns: ["Naam", "Id", "Type", "KvK-nummer", "Website", "Aangemeld door"], rows: organisatieRows,
                    empty: ReportMessages.noConceptOrganisaties),
                ReportTable(
                    name: "concept-applicaties", heading: ReportMessages.conceptApplicatiesHeading, intro: ReportMessages.conceptApplicatiesIntro,
                    columns: ["Naam", "Id", "Aanbieder", "Status aanbieder", "Geregistreerd door", "Versies", "Gebruikt door"], rows: applicatieRows,
                    empty: ReportMessages.noConceptApplicaties),
            ],
            finding: ReportMessages.conceptFinding(organisaties: organisatieRows.count, applicaties: applicatieRows.count))
    }

    /// A concept organisation registers itself: its contactpersonen are who asked to join.
    private static func registrants(of id: String, _ index: ReportIndex) -> String {
        let people = index.contacten[id] ?? []
        guard !people.isEmpty else { return ReportMessages.noContact }
        return people.map { person in
            let name = [person.string("voornaam"), person.string("tussenvoegsel"), person.string("achternaam")]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            let email = person.string("emailadres") ?? ""
            return name.isEmpty ? email : "\(name) <\(email)>"
        }.joined(separator: "; ")
    }

    /// `geregistreerdDoor` names the organisation that registered the applicatie for its supplier.
    private static func registeredBy(_ applicatie: DataRecord, _ index: ReportIndex) -> String {
        guard let id = applicatie.string("geregistreerdDoor") else { return ReportMessages.registeredBySupplier }
        let type = index.organisatie[id]?.string("type").map { ", \($0)" } ?? ""
        return index.label(organisatie: id) + type
    }
}
