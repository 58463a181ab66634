import Diagnostics
@testable import Gemma
import XCTest

/// Reads an inline fixture as `gemma.xml`.
func read(_ xml: String) -> (GemmaModel?, [Diagnostic]) {
    GemmaReader.read(Array(xml.utf8), file: "gemma.xml")
}

/// Where `needle` starts in `text`, as the 1-based line and character column an editor shows;
/// tests use it to say where a diagnostic must point without counting by hand.
func position(of needle: String, in text: String, file: StaticString = #filePath, line: UInt = #line) -> (line: Int, column: Int) {
    guard let range = text.range(of: needle) else {
        XCTFail("fixture does not contain \(needle)", file: file, line: line)
        return (0, 0)
    }
    let before = text[..<range.lowerBound]
    let lineNumber = before.filter { $0 == "\n" }.count + 1
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
    return (lineNumber, before[lineStart...].unicodeScalars.count + 1)
}

/// `line:column: severity: message` without the file, for compact assertions.
func located(_ diagnostic: Diagnostic) -> String {
    "\(diagnostic.location.line ?? 0):\(diagnostic.location.column ?? 0): \(diagnostic.severity.rawValue): \(diagnostic.message)"
}

/// `<root>/../shared`, the steering repository's shared folder, located from this file.
let sharedFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared")

/// A fixture from `shared/fixtures/ameff`, or a skip when the shared folder is not there.
func sharedFixture(_ name: String) throws -> [UInt8] {
    let url = sharedFolder.appendingPathComponent("fixtures/ameff/\(name)")
    guard let data = FileManager.default.contents(atPath: url.path) else { throw XCTSkip("../shared ontbreekt") }
    return [UInt8](data)
}

/// The standard opening of an exchange file, on two lines.
let modelHeader = """
    <?xml version="1.0" encoding="UTF-8"?>
    <model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-model">
    """
