@testable import Gemma
import XCTest

/// An exported file read back with the project's own XML tokenizer into a small tree, with the
/// lookups the tests need. Reading back through a different path than the one that wrote it is
/// the point: what the file says, not what the writer meant.
struct ExchangeFile {
    final class Node {
        let name: String
        var attributes: [String: String] = [:]
        var children: [Node] = []
        var text = ""

        init(name: String) { self.name = name }

        func child(_ name: String) -> Node? { children.first { $0.name == name } }
        func all(_ name: String) -> [Node] { children.filter { $0.name == name } }
        /// Every descendant with this name, depth first.
        func descendants(_ name: String) -> [Node] {
            children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
        }
    }

    struct Concept {
        var identifier: String
        var type: String
        var name: String
        var documentation: String?
        var source: String?
        var target: String?
        var properties: [String: String]
    }

    let root: Node
    let definitions: [String: String]
    let elements: [String: Concept]
    let relationships: [Concept]

    init(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws {
        root = try Self.parse(bytes)
        var definitions: [String: String] = [:]
        for definition in root.child("propertyDefinitions")?.all("propertyDefinition") ?? [] {
            definitions[definition.attributes["identifier"] ?? ""] = definition.child("name")?.text
        }
        self.definitions = definitions
        func concept(_ node: Node) -> Concept {
            var properties: [String: String] = [:]
            for property in node.child("properties")?.all("property") ?? [] {
                let reference = property.attributes["propertyDefinitionRef"] ?? ""
                XCTAssertNotNil(definitions[reference], "undeclared property definition \(reference)", file: file, line: line)
                properties[definitions[reference] ?? reference] = property.child("value")?.text
            }
            return Concept(
                identifier: node.attributes["identifier"] ?? "", type: node.attributes["xsi:type"] ?? "",
                name: node.child("name")?.text ?? "", documentation: node.child("documentation")?.text,
                source: node.attributes["source"], target: node.attributes["target"],
                properties: properties)
        }
        elements = Dictionary((root.child("elements")?.all("element") ?? []).map { (($0.attributes["identifier"] ?? ""), concept($0)) },
                              uniquingKeysWith: { first, _ in first })
        relationships = (root.child("relationships")?.all("relationship") ?? []).map(concept)
    }

    /// The element with this `Object ID` and `SWC type` or `GEMMA type`.
    func element(objectID: String) -> Concept? {
        elements.values.first { $0.properties["Object ID"] == objectID }
    }

    func relationships(named name: String) -> [Concept] {
        relationships.filter { $0.name == name }
    }

    var views: [Node] { root.child("views")?.child("diagrams")?.all("view") ?? [] }

    /// Every `identifier` attribute in the document.
    var identifiers: [String] {
        func collect(_ node: Node) -> [String] {
            (node.attributes["identifier"].map { [$0] } ?? []) + node.children.flatMap(collect)
        }
        return collect(root)
    }

    private static func parse(_ bytes: [UInt8]) throws -> Node {
        try XMLTokenizer.tokenize(bytes) { tokenizer throws(XMLError) in
            var stack: [Node] = []
            var root: Node?
            while let event = try tokenizer.next() {
                switch event {
                case .startTag(let name, _):
                    let node = Node(name: tokenizer.string(name))
                    for attribute in tokenizer.attributes {
                        node.attributes[tokenizer.string(attribute.name)] = tokenizer.value(of: attribute)
                    }
                    stack.last?.children.append(node)
                    if stack.isEmpty { root = node }
                    stack.append(node)
                case .endTag:
                    stack.removeLast()
                case .text(let text):
                    stack.last?.text += tokenizer.string(of: text)
                }
            }
            return root!
        }
    }
}
