/// One exchange file before it is written: the concepts of one portfolio or landscape, and the
/// views that draw them.
struct ExchangeModel {
    var identifier: String
    var name: String
    var documentation: String
    var properties: [Property]
    var concepts = Concepts()
    var views: [DrawnView] = []
    /// GEMMA's Softwarecatalogus views with what they show, written ahead of time once per catalogue.
    var gemma: GemmaViewSet.Rendering? = nil
}

/// A layered view of some of the file's concepts (GEMMA's own views are written by `GemmaViewSet`).
struct DrawnView {
    var identifier: String
    /// Spelled into the identifiers of its nodes and connections, which must differ between views.
    var tag: String
    var name: String
    var concepts: Concepts
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
