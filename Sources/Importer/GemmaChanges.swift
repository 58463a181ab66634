import Gemma

/// One concept of a GEMMA model by the key that survives releases, its Object ID.
public struct GemmaConcept: Sendable, Equatable {
    /// The GEMMA `Object ID`.
    public var objectID: String
    /// The element's name in its release.
    public var naam: String

    /// The concept `objectID` named `naam`.
    public init(objectID: String, naam: String) {
        self.objectID = objectID
        self.naam = naam
    }
}

/// What changed in one kind of concept between two releases.
public struct GemmaKindChanges: Sendable, Equatable {
    /// Dutch plural as the report prints it ("referentiecomponenten").
    public var kind: String
    /// How many the new release has.
    public var count: Int
    /// In the new release only.
    public var added: [GemmaConcept] = []
    /// In the current release only.
    public var removed: [GemmaConcept] = []
    /// Same Object ID, another name: `(old, new)`.
    public var renamed: [(old: GemmaConcept, new: GemmaConcept)] = []

    /// Compares `old` with `new` by Object ID; every list is sorted by name, then Object ID.
    init(kind: String, old: [GemmaConcept], new: [GemmaConcept]) {
        self.kind = kind
        count = Set(new.map(\.objectID)).count
        let before = Dictionary(old.map { ($0.objectID, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.objectID, $0) }, uniquingKeysWith: { first, _ in first })
        let order = { (a: GemmaConcept, b: GemmaConcept) in (a.naam, a.objectID) < (b.naam, b.objectID) }
        added = after.values.filter { before[$0.objectID] == nil }.sorted(by: order)
        removed = before.values.filter { after[$0.objectID] == nil }.sorted(by: order)
        renamed = after.values.compactMap { concept in
            before[concept.objectID].flatMap { $0.naam == concept.naam ? nil : ($0, concept) }
        }.sorted { order($0.new, $1.new) }
    }

    /// Equal when every list is, in order (tuples are not `Equatable`).
    public static func == (a: GemmaKindChanges, b: GemmaKindChanges) -> Bool {
        a.kind == b.kind && a.count == b.count && a.added == b.added && a.removed == b.removed
            && a.renamed.map(\.old) == b.renamed.map(\.old) && a.renamed.map(\.new) == b.renamed.map(\.new)
    }

    /// `referentiecomponenten: 171, 3 toegevoegd, 1 verwijderd, 2 hernoemd`, then `+`, `-` and `~`
    /// lines with name and Object ID.
    var lines: [String] {
        var lines = ["\(kind): \(count), \(added.count) toegevoegd, \(removed.count) verwijderd, \(renamed.count) hernoemd"]
        lines += added.map { "  + \($0.naam) [\($0.objectID)]" }
        lines += removed.map { "  - \($0.naam) [\($0.objectID)]" }
        lines += renamed.map { "  ~ \($0.old.naam) → \($0.new.naam) [\($0.new.objectID)]" }
        return lines
    }
}

/// What a new GEMMA release changes against the data folder's current one.
public struct GemmaChanges: Sendable, Equatable {
    /// The model property `Release` of the data folder's gemma.xml, if it has one.
    public var currentRelease: String?
    /// The model property `Release` of the file to install.
    public var newRelease: String?
    /// Applicaties and gebruik point at these.
    public var referentiecomponenten: GemmaKindChanges
    /// Compared for the functioneel beheerder; nothing in the catalogue points at a standaard itself.
    public var standaarden: GemmaKindChanges
    /// Compliancy and koppelingen point at these.
    public var standaardversies: GemmaKindChanges
    /// Koppelingen point at these (`buitengemeentelijkeVoorziening`), so they are compared too.
    public var landelijkeVoorzieningen: GemmaKindChanges
    /// References of the catalogue that resolve now and would not after the switch.
    public var breakingReferences = 0

    /// `current` is nil when the data folder has no (readable) gemma.xml: everything is new.
    init(current: GemmaModel?, new: GemmaModel) {
        let old = current ?? .empty
        currentRelease = current?.release
        newRelease = new.release
        referentiecomponenten = GemmaKindChanges(kind: "referentiecomponenten", old: old.referentiecomponenten.map(\.concept), new: new.referentiecomponenten.map(\.concept))
        standaarden = GemmaKindChanges(kind: "standaarden", old: old.standaarden.map(\.concept), new: new.standaarden.map(\.concept))
        standaardversies = GemmaKindChanges(kind: "standaardversies", old: old.standaardversies.map(\.concept), new: new.standaardversies.map(\.concept))
        landelijkeVoorzieningen = GemmaKindChanges(
            kind: "landelijke voorzieningen", old: old.landelijkeVoorzieningen.map(\.concept), new: new.landelijkeVoorzieningen.map(\.concept))
    }

    /// All kinds, in the order the report shows them.
    public var kinds: [GemmaKindChanges] { [referentiecomponenten, standaarden, standaardversies, landelijkeVoorzieningen] }
}

extension Referentiecomponent { var concept: GemmaConcept { GemmaConcept(objectID: objectID, naam: naam) } }
extension Standaard { var concept: GemmaConcept { GemmaConcept(objectID: objectID, naam: naam) } }
extension Standaardversie { var concept: GemmaConcept { GemmaConcept(objectID: objectID, naam: naam) } }
extension LandelijkeVoorziening { var concept: GemmaConcept { GemmaConcept(objectID: objectID, naam: naam) } }
