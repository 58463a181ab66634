import Foundation
import XCTest

/// `kill -9` in the middle of writing leaves the previous site exactly as it was. Runs the real
/// `swc` executable, which `swift test` builds next to the test bundle.
final class KilledBuildTests: XCTestCase {
    func testKillDuringWriteLeavesPreviousSite() throws {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("swc")
        let productsFolder = Bundle.main.bundleURL.appendingPathComponent("swc")
        let swc = [executable, productsFolder].first { FileManager.default.isExecutableFile(atPath: $0.path) }
        guard let swc else { throw XCTSkip("swc executable not found next to the tests; run 'swift build' first") }

        let site = try TestSite()
        _ = site.build()
        let before = try TestSite.snapshot(site.output)
        // Enough pages that writing takes a while.
        for i in 0..<4000 {
            try site.write("content/veel/pagina-\(i).md", "---\ntitel: Pagina \(i)\nbeschrijving: Nummer \(i).\n---\n\n" + String(repeating: "Tekst met **nadruk**. ", count: 200))
        }
        let process = Process()
        process.executableURL = swc
        process.arguments = ["build", "--quiet", "--content", site.content.path, "--templates", site.templates.path,
                             "--data", site.content.appendingPathComponent("catalogus").path, "--output", site.output.path]
        try process.run()
        let staging = site.root.appendingPathComponent(".site.tmp-\(process.processIdentifier)")
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: staging.path) && process.isRunning && Date() < deadline {
            usleep(200)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "the build finished before it could be killed; make the site larger")
        XCTAssertEqual(try TestSite.snapshot(site.output), before, "the previous site must be untouched")
    }
}
