/// A relationship of one file, named by the objects it comes from rather than spelled out: files
/// gather, deduplicate and sort these cheaply, and `Index.write(_:_:_:)` writes each one.
struct Relation: Hashable {
    /// In the order of their identifiers ("id-swc-deelname." < "id-swc-geschikt." < …).
    enum Kind: UInt8, Comparable {
        case deelname, geschikt, gebruik, gebruiktVoor, koppeling, levert, ondersteunt, versie

        /// The part of the identifier after "id-swc-".
        var tag: StaticString {
            switch self {
            case .deelname: "deelname"
            case .geschikt: "geschikt"
            case .gebruik: "gebruik"
            case .gebruiktVoor: "gebruikt-voor"
            case .koppeling: "koppeling"
            case .levert: "levert"
            case .ondersteunt: "ondersteunt"
            case .versie: "versie"
            }
        }

        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    let kind: Kind
    /// Position of the object it comes from: applicatie, versie, gebruik, koppeling, compliancy or samenwerking.
    let a: Int
    /// A second position: the referentiecomponent's place in the object's list, or the deelnemer.
    let b: Int
    let source: ElementFragment
    let target: ElementFragment

    init(_ kind: Kind, _ a: Int, _ b: Int = 0, from source: ElementFragment, to target: ElementFragment) {
        self.kind = kind
        self.a = a
        self.b = b
        self.source = source
        self.target = target
    }

    static func == (x: Relation, y: Relation) -> Bool { x.kind == y.kind && x.a == y.a && x.b == y.b }

    func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(a)
        hasher.combine(b)
    }

    /// Sorted by kind, then by the object's place in the catalogue's lists, which are sorted by id;
    /// as one number, so that sorting thousands of them per file is cheap.
    var order: UInt64 { UInt64(kind.rawValue) << 56 | UInt64(truncatingIfNeeded: a) << 20 | UInt64(truncatingIfNeeded: b) & 0xFFFFF }
}
