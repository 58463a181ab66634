@testable import SVG
import XCTest

/// Names measured once per build must be cut exactly as `TextFit` cuts them on the spot.
final class OverlayNameTests: XCTestCase {
    func testFittedNamesAreCutAsTextFitCutsThem() {
        let names = [
            "", "A", "Zaaksysteem", "Noorderflow Preventie-dataverlies Connect", "A & B <c> \"d\"", "Één     twee   drie vier vijf zes",
            "Gemeente’s   applicatie met spaties aan het eind   ", "x\u{1} y\u{FFFE}z", "日本語のアプリケーション名前です", "W".padding(toLength: 80, withPad: "W", startingAt: 0),
        ]
        for name in names {
            let measured = ViewOverlay.Name(name)
            XCTAssertEqual(measured.escaped, SVGEscaping.text(name))
            for width in stride(from: 0.0, through: 420, by: 3.7) {
                var fitted = ""
                measured.fitted(width, into: &fitted)
                XCTAssertEqual(fitted, SVGEscaping.text(TextFit.line(name, width: width, fontSize: ViewOverlay.fontSize)), "\(name) at \(width)")
            }
        }
    }

    func testTooltipListsEveryNameEscaped() {
        XCTAssertEqual(ViewOverlay.Names(["A & co", "B"]).tooltip, "A &amp; co, B")
        XCTAssertEqual(ViewOverlay.Names(["<één>"]).tooltip, "&lt;één&gt;")
        XCTAssertEqual(ViewOverlay.Names([String]()).tooltip, "")
    }
}
