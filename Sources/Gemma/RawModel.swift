/// What the first phase takes from an exchange file, before properties are resolved by name:
/// property definitions come after the elements in AMEFF, so values wait here under their
/// `propid-N` reference. Offsets are kept for messages.
struct RawModel {
    var identifier = ""
    var name = ""
    var properties: [RawProperty] = []
    var elements: [RawConcept] = []
    var relationships: [RawConcept] = []
    var propertyDefinitions: [RawPropertyDefinition] = []
    var views: [RawView] = []
}

/// `<property propertyDefinitionRef="propid-5"><value>…</value></property>`
struct RawProperty {
    var definitionRef: String
    var value: String
    var offset: Int
}

/// An element or a relationship.
struct RawConcept {
    var identifier: String
    /// The `xsi:type` as written (`ApplicationComponent`, `Realization`, …).
    var type: String
    var name = ""
    var documentation = ""
    var properties: [RawProperty] = []
    /// Relationships only.
    var source: String? = nil
    var target: String? = nil
    var offset: Int
}

struct RawPropertyDefinition {
    var identifier: String
    /// Nil when the definition has no name (ArchiMedes skips those, and then the references dangle).
    var name: String?
    var offset: Int
}

struct RawView {
    var identifier: String
    var name = ""
    var documentation = ""
    var properties: [RawProperty] = []
    var nodes: [RawNode] = []
    var connections: [RawConnection] = []
    var offset: Int
}

struct RawNode {
    var identifier: String
    var type: String
    var elementRef: String?
    var label = ""
    var x: Int?, y: Int?, w: Int?, h: Int?
    var parent: String?
    var viewRef: String? = nil
    var fillColor: GemmaColor? = nil
    var lineColor: GemmaColor? = nil
    var fontSize: Int? = nil
    var fontColor: GemmaColor? = nil
    var offset: Int
}

struct RawConnection {
    var identifier: String
    var type: String
    var relationshipRef: String?
    var source: String
    var target: String
    var bendpoints: [GemmaPoint] = []
    var offset: Int
}

/// A problem found before positions are known; `GemmaReader` turns the offset into line and column.
struct PendingDiagnostic {
    var isError: Bool
    var offset: Int
    var message: String

    static func warning(_ offset: Int, _ message: String) -> PendingDiagnostic {
        PendingDiagnostic(isError: false, offset: offset, message: message)
    }
}
