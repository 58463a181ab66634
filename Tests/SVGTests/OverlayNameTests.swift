@testable import SVG
import XCTest

/// Names measured once per build must be cut exactly as `TextFit` cuts them on the spot.
final class OverlayNameTests: XCTestCase {
    func testFittedNamesAreCutAsTextFitCutsThem() {
        let names = [
            "", "A", "Zaaksysteem", "Noorderflow Preventie-dataverlies Connect", "A & B <c> \"d\"", "Één     twee   drie vier vijf zes",
            "Gemeente’s   applicatie met spaties aan het eind   ", "x\u{1} y\u{FFFE}z", "日本語のアプリケーション名前です", "W".padding(toLength: 80, withPad: "W", startingAt: 0),
        ]
        let rooms = Array(stride(from: 0.0, through: 420, by: 3.7))
        for name in names {
            let measured = ViewOverlay.Name(name, rooms: rooms)
            XCTAssertEqual(measured.escaped, SVGEscaping.text(name))
            for (r, room) in rooms.enumerated() {
                let expected = SVGEscaping.text(TextFit.line(name, width: room, fontSize: ViewOverlay.fontSize))
                XCTAssertEqual(ViewOverlay.Name.fitted(name, room: room), expected, "\(name) at \(room)")
                XCTAssertEqual(measured.lines[r], expected + "</text>", "\(name) at \(room)")
                XCTAssertEqual(measured.fits[r], TextFit.width(name, fontSize: ViewOverlay.fontSize) <= room)
            }
        }
    }

    func testTooltipListsEveryNameEscaped() {
        let names = { (list: [String]) in ViewOverlay.Names(list.map { ViewOverlay.Name($0, rooms: [50]) }) }
        XCTAssertEqual(names(["A & co", "B"]).tooltip, "A &amp; co, B")
        XCTAssertEqual(names(["<één>"]).tooltip, "&lt;één&gt;")
        XCTAssertEqual(names([]).tooltip, "")
    }
}
