@testable import AMEFFExport
import XCTest

/// The writer every file is made with: numbers, indentation and growth past its first capacity.
final class ByteWriterTests: XCTestCase {
    func testNumbersAreWrittenInDecimal() {
        let values = [0, 7, 9, 10, 99, 100, 2_967, 12_345, -3, -10, Int.max, Int.min]
        var out = ByteWriter(capacity: 1)
        for value in values {
            out.int(value)
            out.raw(" ")
        }
        XCTAssertEqual(String(decoding: out.bytes, as: UTF8.self), values.map { "\($0) " }.joined())
    }

    func testLinesIndentOneSpacePerLevel() {
        var out = ByteWriter(capacity: 4)
        out.raw("<a>")
        out.line(1)
        out.raw("<b/>")
        out.line(0)
        out.raw("</a>")
        out.newline()
        XCTAssertEqual(String(decoding: out.bytes, as: UTF8.self), "<a>\n <b/>\n</a>\n")
    }

    func testGrowsPastItsCapacity() {
        var out = ByteWriter(capacity: 8)
        let text = String(repeating: "Zaakregistratiecomponent & ", count: 1_000)
        out.text(text)
        XCTAssertEqual(String(decoding: out.bytes, as: UTF8.self), text.replacingOccurrences(of: "&", with: "&amp;"))
    }
}
