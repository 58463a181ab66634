import JSON
import XCTest

/// Parses `text` and fails the test on a syntax error.
func parse(_ text: String, limits: JSONLimits = .standard, file: StaticString = #filePath, line: UInt = #line) -> JSONNode? {
    do {
        return try JSONReader.parse(Array(text.utf8), limits: limits)
    } catch {
        XCTFail("onverwachte fout: \(error)", file: file, line: line)
        return nil
    }
}

/// The syntax error `bytes` give, or a test failure when they parse.
func syntaxError(_ bytes: [UInt8], limits: JSONLimits = .standard, file: StaticString = #filePath, line: UInt = #line) -> JSONSyntaxError? {
    do {
        let node = try JSONReader.parse(bytes, limits: limits)
        XCTFail("verwachtte een fout, maar kreeg \(node.plain)", file: file, line: line)
        return nil
    } catch {
        return error
    }
}

/// Checks where the error for `text` points and how its message starts.
func assertError(
    _ text: String, line expectedLine: Int, column expectedColumn: Int, startsWith prefix: String,
    limits: JSONLimits = .standard, file: StaticString = #filePath, line: UInt = #line
) {
    assertError(Array(text.utf8), line: expectedLine, column: expectedColumn, startsWith: prefix, limits: limits, file: file, line: line)
}

func assertError(
    _ bytes: [UInt8], line expectedLine: Int, column expectedColumn: Int, startsWith prefix: String,
    limits: JSONLimits = .standard, file: StaticString = #filePath, line: UInt = #line
) {
    guard let error = syntaxError(bytes, limits: limits, file: file, line: line) else { return }
    XCTAssertEqual(error.line, expectedLine, "regel; \(error)", file: file, line: line)
    XCTAssertEqual(error.column, expectedColumn, "kolom; \(error)", file: file, line: line)
    XCTAssertTrue(error.message.hasPrefix(prefix), "melding: \(error.message)", file: file, line: line)
}

extension JSONNode {
    /// The element or member value at a path of array indexes and object keys, for short assertions.
    subscript(_ path: Any...) -> JSONNode? {
        var node: JSONNode? = self
        for step in path {
            switch (node?.value, step) {
            case (.array(let elements)?, let position as Int) where elements.indices.contains(position):
                node = elements[position]
            case (.object(let members)?, let key as String):
                node = members.first { $0.key == key }?.value
            default:
                return nil
            }
        }
        return node
    }

    var position: [Int] { [line, column] }
}
