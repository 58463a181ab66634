import Tabular
import XCTest

/// Info-ZIP's `unzip` and Python's zipfile, two readers we did not write, accept our archives.
final class ThirdPartyZipTests: TemporaryDirectoryTestCase {
    private let entries = [
        ZipEntry(path: "kort.txt", contents: Array("abc".utf8)),
        ZipEntry(path: "map/herhaald.xml", contents: Array(String(repeating: "<c>tekst é</c>\r\n", count: 5_000).utf8)),
        ZipEntry(path: "leeg", contents: []),
        ZipEntry(path: "één.txt", contents: Array("é".utf8)),
    ]

    func testUnzipFindsNoErrors() throws {
        guard let unzip = ExternalTool.onPath("unzip") else {
            throw XCTSkip("unzip ontbreekt: installeer het pakket unzip voor deze test")
        }
        let archive = try write(ZipArchive.encode(entries), to: "archief.zip")
        let result = try ExternalTool.succeed(unzip, ["-t", archive.path], in: directory)
        XCTAssertTrue(result.output.contains("No errors detected"), result.output)
    }

    func testUnzipAcceptsAnXLSX() throws {
        guard let unzip = ExternalTool.onPath("unzip") else {
            throw XCTSkip("unzip ontbreekt: installeer het pakket unzip voor deze test")
        }
        let archive = try write(XLSX.encode(Fixtures.awkward), to: "tabel.xlsx")
        XCTAssertTrue(try ExternalTool.succeed(unzip, ["-t", archive.path], in: directory).output.contains("No errors detected"))
    }

    func testPythonZipfileReadsTheSameContents() throws {
        let python = try requirePython()
        let archive = try write(ZipArchive.encode(entries), to: "archief.zip")
        let script = """
            import json, sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as archive:
                assert archive.testzip() is None
                entries = [[info.filename, list(archive.read(info))] for info in archive.infolist()]
            with open(sys.argv[2], "w") as target:
                json.dump(entries, target)
            """
        let read = try XCTUnwrap(try runPython(python, script, on: archive) as? [[Any]])
        XCTAssertEqual(read.map { $0[0] as? String }, entries.map(\.path))
        XCTAssertEqual(read.map { ($0[1] as? [Int])?.map { UInt8($0) } }, entries.map(\.contents))
    }
}
