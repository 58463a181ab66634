@testable import SVG
import XCTest

/// Names measured once per build must be cut exactly as `TextFit` cuts them on the spot.
final class OverlayNameTests: XCTestCase {
    func testNamesAreCutAsTextFitCutsThem() {
        let names = [
            "", "A", "Zaaksysteem", "Noorderflow Preventie-dataverlies Connect", "A & B <c> \"d\"", "Één     twee   drie vier vijf zes",
            "Gemeente’s   applicatie met spaties aan het eind   ", "x\u{1} y\u{FFFE}z", "日本語のアプリケーション名前です",
            String(repeating: "W", count: 80),
        ]
        let rooms = Array(stride(from: 0.0, through: 420, by: 3.7))
        let table = ViewOverlay.NameTable(names, rooms: rooms)
        XCTAssertEqual(table.count, names.count)
        for (n, name) in names.enumerated() {
            XCTAssertEqual(table.text(table.escaped[n]), SVGEscaping.text(name))
            for (r, room) in rooms.enumerated() {
                let expected = SVGEscaping.text(TextFit.line(name, width: room, fontSize: ViewOverlay.fontSize))
                XCTAssertEqual(table.text(table.line(n, room: r)), expected + "</text>", "\(name) at \(room)")
                XCTAssertEqual(table.fits(n, room: r), TextFit.width(name, fontSize: ViewOverlay.fontSize) <= room)
            }
        }
    }
}
