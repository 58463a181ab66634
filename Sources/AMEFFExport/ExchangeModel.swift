/// One exchange file before it is written: the concepts of one portfolio or landscape, and the
/// views that draw them.
struct ExchangeModel {
    var identifier: String
    var name: String
    var documentation: String
    var properties: [Property]
    var concepts = Concepts()
    var views: [DrawnView] = []
    /// Elements, relationships and views written ahead of time, after `concepts` and `views`.
    var prewritten = Prewritten()
    /// GEMMA's Softwarecatalogus views with what they show, written ahead of time once per catalogue.
    var gemma: GemmaViewSet.Rendering? = nil
}

/// A layered view of some of the file's concepts (GEMMA's own views are written by `GemmaViewSet`).
struct DrawnView {
    /// The views this module draws itself. A one-letter code (p, l, k) is spelled into the
    /// identifiers of their nodes and connections, which must differ between the views of one
    /// file, and is kept short because a landscape has a thousand of them.
    enum Kind {
        case portfolio, landschap, koppelingen

        /// "id-swc-n" + code: the start of every node identifier of such a view.
        var nodePrefix: StaticString {
            switch self {
            case .portfolio: "id-swc-np."
            case .landschap: "id-swc-nl."
            case .koppelingen: "id-swc-nk."
            }
        }

        /// "id-swc-c" + code: the start of every connection identifier of such a view.
        var connectionPrefix: StaticString {
            switch self {
            case .portfolio: "id-swc-cp."
            case .landschap: "id-swc-cl."
            case .koppelingen: "id-swc-ck."
            }
        }

        /// In the view's own identifier: "id-swc-view-landschap.…".
        var tag: String {
            switch self {
            case .portfolio: "portfolio"
            case .landschap: "landschap"
            case .koppelingen: "koppelingen"
            }
        }
    }

    var identifier: String
    var kind: Kind
    var name: String
    var concepts: Concepts

    init(_ kind: Kind, of model: String, name: String, concepts: Concepts) {
        identifier = Identifier.view(kind.tag, of: model)
        self.kind = kind
        self.name = name
        self.concepts = concepts
    }
}

/// An ArchiMate element: `ApplicationComponent`, `BusinessActor`, `Constraint`, …; made into an
/// `ElementFragment` once.
struct ExchangeElement {
    var identifier: String
    var type: String
    var name: String
    var documentation: String? = nil
    var properties: [Property] = []
}

/// An ArchiMate relationship between two elements, spelled out (GEMMA's, from its views).
struct ExchangeRelationship {
    var identifier: String
    var type: String
    var source: String
    var target: String
    var name: String? = nil
    var documentation: String? = nil
    var properties: [Property] = []
}
