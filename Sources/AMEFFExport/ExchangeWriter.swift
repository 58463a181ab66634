/// The pieces of AMEFF 3.1 every part of a file is written with. Every piece starts on a new line
/// at its level and leaves the line open after it, so that people can read the files; a name goes
/// on the line of what it names.
///
/// The files are kept lean, because copying their bytes is most of what they cost: `xml:lang`
/// once on `<model>` (XML hands it down to every name, documentation and value), one space of
/// indentation per level, and none inside views.
enum ExchangeWriter {
    static func writeHeader(identifier: String, _ out: inout ByteWriter) {
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.raw("<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        out.raw(" xsi:schemaLocation=\"http://www.opengroup.org/xsd/archimate/3.0/ http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd\"")
        out.raw(" xml:lang=\"nl\" identifier=\"")
        out.token(identifier)
        out.raw("\">")
    }

    static func write(_ element: ExchangeElement, _ out: inout ByteWriter) {
        out.line(2)
        out.raw("<element identifier=\"")
        out.token(element.identifier)
        out.raw("\" xsi:type=\"")
        out.attribute(element.type)
        out.raw("\">")
        writeName(element.name, &out)
        let documentation = element.documentation ?? ""
        if !documentation.isEmpty { writeDocumentation(documentation, level: 3, &out) }
        writeProperties(element.properties, level: 3, &out)
        if !documentation.isEmpty || !element.properties.isEmpty { out.line(2) }
        out.raw("</element>")
    }

    static func write(_ relationship: ExchangeRelationship, _ out: inout ByteWriter) {
        out.line(2)
        out.raw("<relationship identifier=\"")
        out.token(relationship.identifier)
        out.raw("\" xsi:type=\"")
        out.attribute(relationship.type)
        out.raw("\" source=\"")
        out.token(relationship.source)
        out.raw("\" target=\"")
        out.token(relationship.target)
        out.raw("\"")
        writeContent(name: relationship.name, documentation: relationship.documentation, properties: relationship.properties, &out)
    }

    /// The rest of a relationship after its attributes: `/>`, or its name, documentation and properties.
    static func writeContent(name: String?, documentation: String?, properties: [Property], _ out: inout ByteWriter) {
        let name = name ?? "", documentation = documentation ?? ""
        guard !name.isEmpty || !documentation.isEmpty || !properties.isEmpty else {
            out.raw("/>")
            return
        }
        out.raw(">")
        if !name.isEmpty { writeName(name, &out) }
        if !documentation.isEmpty { writeDocumentation(documentation, level: 3, &out) }
        writeProperties(properties, level: 3, &out)
        if !documentation.isEmpty || !properties.isEmpty { out.line(2) }
        out.raw("</relationship>")
    }

    /// `<name>`, on the current line.
    static func writeName(_ name: String, _ out: inout ByteWriter) {
        out.raw("<name>")
        out.text(name)
        out.raw("</name>")
    }

    static func writeDocumentation(_ documentation: String, level: Int, _ out: inout ByteWriter) {
        out.line(level)
        out.raw("<documentation>")
        out.text(documentation)
        out.raw("</documentation>")
    }

    /// All properties on one line of their own.
    static func writeProperties(_ properties: [Property], level: Int, _ out: inout ByteWriter) {
        var line = PropertyLine(level: level)
        var keys = PropertyKeys()
        for property in properties { line.add(property.key, property.value, &out, &keys) }
        _ = line.close(&out)
    }

    static func writePropertyDefinitions(_ keys: PropertyKeys, _ out: inout ByteWriter) {
        guard !keys.isEmpty else { return }
        out.line(1)
        out.raw("<propertyDefinitions>")
        for key in keys.sorted {
            out.line(2)
            out.raw("<propertyDefinition identifier=\"")
            out.token(key.identifier)
            out.raw("\" type=\"string\"><name>")
            out.text(key.name)
            out.raw("</name></propertyDefinition>")
        }
        out.line(1)
        out.raw("</propertyDefinitions>")
    }

    /// ` x="…" y="…" w="…" h="…"`; the schema wants x, y ≥ 0 and w, h ≥ 1.
    static func writeBounds(x: Int, y: Int, w: Int, h: Int, _ out: inout ByteWriter) {
        out.bounds(x: max(0, x), y: max(0, y), w: max(1, w), h: max(1, h))
    }
}

/// Properties written as they come, on one line that opens with the first of them; empty values
/// say nothing, and a line without properties is not written at all.
struct PropertyLine {
    let level: Int
    private var isOpen = false

    init(level: Int) {
        self.level = level
    }

    mutating func add(_ key: PropertyKey, _ value: String?, _ out: inout ByteWriter, _ keys: inout PropertyKeys) {
        guard let value, !value.isEmpty else { return }
        if !isOpen {
            out.line(level)
            out.raw("<properties>")
            isOpen = true
        }
        out.raw("<property propertyDefinitionRef=\"")
        out.raw(PropertyKey.identifierBytes[key.rawValue])
        out.raw("\"><value>")
        out.text(value)
        out.raw("</value></property>")
        keys.insert(key)
    }

    /// Ends the line; says whether there was one.
    func close(_ out: inout ByteWriter) -> Bool {
        if isOpen { out.raw("</properties>") }
        return isOpen
    }
}
