import Foundation
import XCTest

/// A test case with a fresh temporary directory per test, removed afterwards.
class TemporaryDirectoryTestCase: XCTestCase {
    private(set) var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("TabularTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    /// Writes `bytes` to `name` in the test's directory.
    func write(_ bytes: [UInt8], to name: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// Python, or a skip that says how to get it.
    func requirePython() throws -> URL {
        guard let python = ExternalTool.python() else {
            throw XCTSkip("python3 ontbreekt (niet op PATH en SWC_PYTHON niet gezet): terugleestest overgeslagen")
        }
        return python
    }
}
