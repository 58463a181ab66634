/// Names of organisaties or applicaties for messages, looked up in the raw records
/// (`Voorne aan Zee (org-0342)`).
struct Names {
    private let names: [String: String]

    init(_ records: [DataRecord]) {
        names = Dictionary(records.map { ($0.id, $0.string("naam") ?? "") }, uniquingKeysWith: { a, _ in a })
    }

    func label(_ id: String) -> String {
        guard let naam = names[id], !naam.isEmpty else { return id }
        return "\(naam) (\(id))"
    }
}
