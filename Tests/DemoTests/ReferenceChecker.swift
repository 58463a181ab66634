import Gemma
import JSON
@testable import Demo

/// Checks a generated catalogue against the data contract (`shared/spec/catalogus-data.md`):
/// required fields, enumerations, dates, and that every reference points at something that exists.
/// Collects every problem as "file id: message".
struct ReferenceChecker {
    let catalogue: ParsedCatalogue
    let gemma: GemmaModel
    private(set) var problems: [String] = []

    var ids: [String: Set<String>] = [:]
    var organisatieType: [String: String] = [:]
    var gebruikAfnemer: [String: String] = [:]
    var versieApplicatie: [String: String] = [:]
    let referentiecomponenten: Set<String>
    let standaardversies: Set<String>
    let landelijkeVoorzieningen: Set<String>

    init(_ catalogue: ParsedCatalogue, gemma: GemmaModel) {
        self.catalogue = catalogue
        self.gemma = gemma
        referentiecomponenten = Set(gemma.referentiecomponenten.map(\.objectID))
        standaardversies = Set(gemma.standaardversies.map(\.objectID))
        landelijkeVoorzieningen = Set(gemma.landelijkeVoorzieningen.map(\.objectID))
    }

    static func check(_ catalogue: ParsedCatalogue, gemma: GemmaModel) -> [String] {
        var checker = ReferenceChecker(catalogue, gemma: gemma)
        checker.run()
        return checker.problems
    }

    private mutating func run() {
        for file in ["organisaties", "contactpersonen", "applicaties", "applicatieversies", "compliancy", "diensten",
                     "gebruik", "koppelingen", "beoordelingen", "contracten"] {
            var seen: Set<String> = []
            for (index, item) in catalogue[file].enumerated() {
                guard let id = item["id"]?.string else { report(file, "#\(index)", "zonder id"); continue }
                if !seen.insert(id).inserted { report(file, id, "dubbel id") }
            }
            ids[file] = seen
        }
        for item in catalogue["organisaties"] { organisatieType[item["id"]?.string ?? ""] = item["type"]?.string }
        for item in catalogue["gebruik"] { gebruikAfnemer[item["id"]?.string ?? ""] = item["afnemer"]?.string }
        for item in catalogue["applicatieversies"] { versieApplicatie[item["id"]?.string ?? ""] = item["applicatie"]?.string }
        checkCatalogus()
        catalogue["organisaties"].forEach { checkOrganisatie($0) }
        catalogue["contactpersonen"].forEach { checkContactpersoon($0) }
        catalogue["applicaties"].forEach { checkApplicatie($0) }
        catalogue["applicatieversies"].forEach { checkVersie($0) }
        catalogue["compliancy"].forEach { checkCompliancy($0) }
        catalogue["diensten"].forEach { checkDienst($0) }
        catalogue["gebruik"].forEach { checkGebruik($0) }
        catalogue["koppelingen"].forEach { checkKoppeling($0) }
        catalogue["beoordelingen"].forEach { checkBeoordeling($0) }
        catalogue["contracten"].forEach { checkContract($0) }
    }

    // MARK: - Reporting and field helpers

    mutating func report(_ file: String, _ id: String, _ message: String) {
        problems.append("\(file).json \(id): \(message)")
    }

    mutating func required(_ file: String, _ item: JSON, _ keys: [String]) {
        for key in keys where item[key] == nil {
            report(file, item["id"]?.string ?? "?", "verplicht veld \(key) ontbreekt")
        }
    }

    mutating func oneOf(_ file: String, _ item: JSON, _ key: String, _ allowed: [String]) {
        guard let value = item[key] else { return }
        if !allowed.contains(value.string ?? "\u{0}") {
            report(file, item["id"]?.string ?? "?", "\(key) heeft geen toegestane waarde")
        }
    }

    mutating func eachOf(_ file: String, _ item: JSON, _ key: String, _ allowed: [String]) {
        guard let value = item[key] else { return }
        guard let values = value.strings else { return report(file, item["id"]?.string ?? "?", "\(key) is geen lijst van teksten") }
        for entry in values where !allowed.contains(entry) {
            report(file, item["id"]?.string ?? "?", "\(key) bevat '\(entry)'")
        }
    }

    mutating func reference(_ file: String, _ item: JSON, _ key: String, to target: String) {
        guard let value = item[key] else { return }
        let values = value.string.map { [$0] } ?? value.strings ?? []
        if values.isEmpty { report(file, item["id"]?.string ?? "?", "\(key) is leeg of geen tekst") }
        for entry in values where !(ids[target]?.contains(entry) ?? false) {
            report(file, item["id"]?.string ?? "?", "\(key) '\(entry)' bestaat niet in \(target).json")
        }
    }

    mutating func gemmaReference(_ file: String, _ item: JSON, _ key: String, to allowed: Set<String>) {
        guard let value = item[key] else { return }
        let values = value.string.map { [$0] } ?? value.strings ?? []
        if values.isEmpty { report(file, item["id"]?.string ?? "?", "\(key) is leeg of geen tekst") }
        for entry in values where !allowed.contains(entry) {
            report(file, item["id"]?.string ?? "?", "\(key) '\(entry)' is geen passend GEMMA Object ID")
        }
    }

    /// Valid dates in the order given; nil entries are skipped.
    mutating func dates(_ file: String, _ item: JSON, _ keys: [String]) {
        var previous: Day?
        for key in keys {
            guard let value = item[key] else { continue }
            guard let text = value.string, let day = Day(text) else {
                report(file, item["id"]?.string ?? "?", "\(key) is geen datum JJJJ-MM-DD")
                continue
            }
            if let previous, day < previous { report(file, item["id"]?.string ?? "?", "\(key) ligt voor een eerdere fase") }
            previous = day
        }
    }

}
