@testable import SVG
import XCTest

/// Labels of printable ASCII are cut by bytes; that must give what counting characters gives.
final class FlowLabelTests: XCTestCase {
    func testASCIILabelsAreCutAsCharactersAre() {
        let words = ["Zaak", "systeem", "a", "Onafgebrokenlangewoordzonderspaties", "DigiD", "-", "Generiek", "zaakafhandel", "Pro", "x"]
        var labels = ["", " ", "   leading", "trailing   ", "two  spaces  between", "exactly twenty-one ch", "exactly twenty-two cha"]
        var seed: UInt64 = 42
        for _ in 0..<400 {
            var label = ""
            for _ in 0..<(1 + Int(seed % 6)) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                label += words[Int(seed >> 33) % words.count] + String(repeating: " ", count: Int(seed >> 40) % 3)
            }
            labels.append(label)
        }
        for label in labels where label.utf8.count > FlowDiagram.maxLine {
            XCTAssertEqual(FlowDiagram.asciiLabelLines(Array(label.utf8)), FlowDiagram.characterLabelLines(label), label)
        }
        XCTAssertEqual(FlowDiagram.labelLines("Één applicatie met een lange naam"), FlowDiagram.characterLabelLines("Één applicatie met een lange naam"))
    }
}

/// Numbers written straight into bytes read as `SVGNumber.format` writes them.
final class SVGDecimalTests: XCTestCase {
    func testDecimalsAreWrittenAsFormatWritesThem() {
        var values: [Double] = [0, -0.0, 1, -1, 0.5, -0.5, 0.004, -0.004, 0.005, -0.005, 0.05, -0.05, 12.3, -12.3, 12.34, -12.34,
                                12.345, 99.999, -99.999, 100, 1e9, -1e9, .nan, .infinity, -.infinity, 1.1, 2.07, -2.07]
        var x = 0.37
        for _ in 0..<2000 {
            x = (x * 7919.13).truncatingRemainder(dividingBy: 4000) - 2000
            values.append(x)
            values.append((x * 100).rounded() / 100)
        }
        for value in values {
            var bytes = SVGBytes()
            bytes.decimal(value)
            XCTAssertEqual(String(decoding: bytes.bytes, as: UTF8.self), SVGNumber.format(value), "\(value)")
        }
    }
}

/// Drawings' bytes read as text in pieces must give the same text as reading them whole.
final class SVGTextTests: XCTestCase {
    func testPiecewiseDecodingGivesTheSameText() {
        let samples = ["", "a", "é", "→", "abc", "Één → twee…", "<g>ab→cd</g>…", "日本語", "x\u{1F600}y", String(repeating: "ab → ", count: 500)]
        for sample in samples {
            XCTAssertEqual(SVGText.string(Array(sample.utf8)), sample)
        }
    }
}
