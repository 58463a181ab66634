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
