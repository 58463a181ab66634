import JSON
import XCTest

final class JSONReaderLimitTests: XCTestCase {
    /// A 50 MB string fails at its opening quote after reading about 1 MB, without building the string.
    func testHugeStringFailsFastAtItsStart() {
        let opening = Array("{\n  \"beschrijvingLang\": \"".utf8), closing = Array("\"\n}\n".utf8)
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: opening.count + 50 * 1_048_576 + closing.count)
        bytes.replaceSubrange(0..<opening.count, with: opening)
        bytes.replaceSubrange(bytes.count - closing.count..<bytes.count, with: closing)
        let clock = ContinuousClock()
        let start = clock.now
        let error = syntaxError(bytes)
        XCTAssertLessThan(clock.now - start, .seconds(1))
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.column, 23)
        XCTAssertTrue(error?.message.hasPrefix("tekst van meer dan 1 MB: ") == true, error?.message ?? "")
    }

    func testStringLimitCountsDecodedBytes() {
        let limits = JSONLimits(maxStringBytes: 4)
        XCTAssertEqual(parse(#"["abcd", "ëë", "\u00e9\u00e9", "a\nbc"]"#, limits: limits)?.plain,
                       .array([.string("abcd"), .string("ëë"), .string("éé"), .string("a\nbc")]))
        assertError(#"["abcde"]"#, line: 1, column: 2, startsWith: "tekst van meer dan 4 bytes", limits: limits)
        assertError(#"[1, "ëëa"]"#, line: 1, column: 5, startsWith: "tekst van meer dan 4 bytes", limits: limits)
        assertError(#"["ab\ncd"]"#, line: 1, column: 2, startsWith: "tekst van meer dan 4 bytes", limits: limits)
        assertError(#"{"sleutel": 1}"#, line: 1, column: 2, startsWith: "tekst van meer dan 4 bytes", limits: limits)
        let long = "[\"" + String(repeating: "a", count: 65_537) + "\"]"
        assertError(long, line: 1, column: 2, startsWith: "tekst van meer dan 64 kB", limits: JSONLimits(maxStringBytes: 65_536))
    }

    func testExtremeLimitsAreSafe() {
        let unlimited = JSONLimits(maxStringBytes: .max, maxDepth: .max)
        XCTAssertEqual(parse(#"[["abc\n", "ë"]]"#, limits: unlimited)?.plain, .array([.array([.string("abc\n"), .string("ë")])]))
        let none = JSONLimits(maxStringBytes: -1, maxDepth: -1)
        XCTAssertEqual(parse(#""""#, limits: none)?.plain, .string(""))
        assertError("[]", line: 1, column: 1, startsWith: "te diep genest: meer dan 0", limits: none)
    }

    func testNestingUpToTheLimitIsFine() throws {
        let depth = 64
        let text = String(repeating: "{\"a\": [", count: depth / 2) + "1" + String(repeating: "]}", count: depth / 2)
        let root = try XCTUnwrap(parse(text))
        var node = root
        for _ in 0..<depth / 2 { node = try XCTUnwrap(node["a", 0]) }
        XCTAssertEqual(node.value, .number("1"))
    }

    func testDeepNestingNeverOverflowsTheStack() {
        let text = String(repeating: "[", count: 1_000_000)
        assertError(text, line: 1, column: 65, startsWith: "te diep genest")
        let unlimited = JSONLimits(maxDepth: .max)
        assertError(text, line: 1, column: JSONLimits.depthCeiling + 1, startsWith: "te diep genest", limits: unlimited)
    }
}
