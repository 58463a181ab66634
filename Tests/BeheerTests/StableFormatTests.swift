import CatalogusLoader
import Diagnostics
import JSON
import XCTest

/// The demo files are in the writer's stable format, so a merge that rewrites them changes only the
/// objects it touches; this is what makes its diff show only the merge.
final class StableFormatTests: XCTestCase {
    func testDemoFilesWriteBackUnchanged() throws {
        let files = try TestData.demoFiles()
        let arrays = files.keys.filter { $0.hasSuffix(".json") && $0 != "catalogus.json" }.sorted()
        XCTAssertEqual(arrays.count, 10)
        for name in arrays {
            let file = try XCTUnwrap(files[name])
            let written = JSONWriter.format(try JSONReader.parse(file.bytes).plain)
            XCTAssertTrue(Array(written.utf8) == file.bytes, "\(name) staat niet in de vaste opmaak")
        }
    }

    func testObjectTextsSplitsTheStableFormat() {
        let text = JSONWriter.format([object(("id", "a"), ("naam", "A")), object(("id", "b"), ("lijst", ["x"]))])
        let texts = objectTexts(Array(text.utf8))
        XCTAssertEqual(texts["a"], "    \"id\": \"a\",\n    \"naam\": \"A\"")
        XCTAssertEqual(texts["b"], "    \"id\": \"b\",\n    \"lijst\": [\n      \"x\"\n    ]")
    }
}
