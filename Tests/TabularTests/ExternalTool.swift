import Foundation
import XCTest

/// Third-party programs the read-back tests run when this machine has them.
///
/// Python is `$SWC_PYTHON` when set (a venv with openpyxl, for instance
/// `SWC_PYTHON=/tmp/tabvenv/bin/python`), else `python3` on the `PATH`. LibreOffice is `soffice`
/// on the `PATH`. A test without its tool is skipped with a message that says what to install.
enum ExternalTool {
    static func python() -> URL? {
        if let configured = ProcessInfo.processInfo.environment["SWC_PYTHON"], !configured.isEmpty {
            return URL(fileURLWithPath: configured)
        }
        return onPath("python3")
    }

    static func onPath(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `executable` to the end, output in files inside `directory` so a chatty tool cannot
    /// fill a pipe and hang; stops it after `timeout` seconds.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL, timeout: TimeInterval = 180) throws -> Result {
        let outputFile = directory.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errorFile = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        for file in [outputFile, errorFile] where !FileManager.default.createFile(atPath: file.path, contents: nil) {
            throw ToolFailure(description: "kan \(file.path) niet aanmaken")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            process.waitUntilExit()
            throw ToolFailure(description: "\(executable.lastPathComponent) stopte niet binnen \(Int(timeout)) s")
        }
        return Result(
            status: process.terminationStatus,
            // Lossy: tools print file names in whatever encoding they like.
            output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
            errors: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self)
        )
    }

    /// Runs `executable` and fails unless it exits with 0.
    @discardableResult
    static func succeed(_ executable: URL, _ arguments: [String], in directory: URL) throws -> Result {
        let result = try run(executable, arguments, in: directory)
        guard result.status == 0 else {
            throw ToolFailure(description: "\(executable.lastPathComponent) \(arguments.joined(separator: " ")) gaf \(result.status):\n\(result.output)\n\(result.errors)")
        }
        return result
    }
}

struct ToolFailure: Error, CustomStringConvertible {
    var description: String
}
