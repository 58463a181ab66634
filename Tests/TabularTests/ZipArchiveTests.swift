import Tabular
import XCTest

final class ZipArchiveTests: XCTestCase {
    private let entries = [
        ZipEntry(path: "kort.txt", contents: Array("abc".utf8)),
        ZipEntry(path: "map/herhaald.xml", contents: Array(String(repeating: "<c>tekst</c>", count: 2_000).utf8)),
        ZipEntry(path: "leeg", contents: []),
        ZipEntry(path: "één.txt", contents: Array("é".utf8)),
    ]

    func testOurReaderGetsEveryEntryBackInOrder() throws {
        let read = try TestZipReader(bytes: ZipArchive.encode(entries)).entries()
        XCTAssertEqual(read.map(\.path), entries.map(\.path))
        XCTAssertEqual(read.map(\.contents), entries.map(\.contents))
    }

    func testDeflatedOnlyWhenThatIsSmaller() throws {
        let read = try TestZipReader(bytes: ZipArchive.encode(entries)).entries()
        XCTAssertEqual(read.map(\.method), [0, 8, 0, 0])
    }

    func testStoreKeepsEveryEntryAsItIs() throws {
        let read = try TestZipReader(bytes: ZipArchive.encode(entries, compression: .store)).entries()
        XCTAssertEqual(read.map(\.method), [0, 0, 0, 0])
        XCTAssertEqual(read.map(\.contents), entries.map(\.contents))
    }

    func testSmallEntriesAreStoredEvenWhenDeflatingWouldShrinkThem() throws {
        let small = ZipEntry(path: "klein.xml", contents: Array(String(repeating: "<c>tekst</c>", count: 100).utf8))
        let read = try TestZipReader(bytes: ZipArchive.encode([small])).entries()
        XCTAssertEqual(read.map(\.method), [0])
        XCTAssertEqual(read.map(\.contents), [small.contents])
    }

    func testFixedTimestampNoExtraFieldsAndUTF8FlagOnlyWhereNeeded() throws {
        let read = try TestZipReader(bytes: ZipArchive.encode(entries)).entries()
        XCTAssertEqual(Set(read.map(\.dosDate)), [0x0021], "1980-01-01")
        XCTAssertEqual(Set(read.map(\.dosTime)), [0])
        XCTAssertEqual(Set(read.map(\.extraLength)), [0])
        XCTAssertEqual(read.map(\.flags), [0, 0, 0, 0x0800])
    }

    func testTheSameEntriesGiveTheSameBytes() {
        XCTAssertEqual(ZipArchive.encode(entries), ZipArchive.encode(entries))
    }

    func testAnEmptyArchiveIsJustTheEndRecord() throws {
        let bytes = ZipArchive.encode([])
        XCTAssertEqual(bytes, [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
        XCTAssertEqual(try TestZipReader(bytes: bytes).entries().count, 0)
    }
}
