import Parallel
import Content
import Diagnostics
import Foundation
import Mustache
import Site
#if canImport(Glibc)
import Glibc
#endif

/// Puts a new site in place only when all of it is written: the files go to a hidden folder beside
/// the output, which then replaces the output in one step. A failed or killed build leaves the
/// previous site exactly as it was.
enum OutputWriter {
    /// Marks a folder as one swc built, so swc never replaces a folder it did not make.
    static let marker = ".swc-site"

    /// Renders each planned file with `render` and writes it, on all cores, into a staging folder
    /// that replaces `output` only when every file is written.
    static func write(_ files: [PlannedFile], to output: String, render: @escaping @Sendable (PlannedFile) -> Result<OutputFile, MustacheError>) -> Result<Written, DiagnosticList> {
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let fail = { (path: String, reason: String) in
            Result<Written, DiagnosticList>.failure(DiagnosticList([.error(SourceLocation(file: path), BuildMessages.writeFailed(path, reason))]))
        }
        if let problem = refuseForeignFolder(target, display: output) { return .failure(problem) }
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            return fail(parent, "de map kan niet gemaakt worden")
        }
        removeStale(in: parent, name: name)
        let staging = parent + "/." + name + ".tmp-\(getpid())"
        let previous = FileManager.default.fileExists(atPath: target + "/" + marker) ? target : nil
        let written: Written
        switch writeTree(files, into: staging, previous: previous, render: render) {
        case .success(let counts): written = counts
        case .failure(let failure):
            try? FileManager.default.removeItem(atPath: staging)
            switch failure {
            case .render(let problems): return .failure(problems)
            case .write(let reason): return fail(output, reason)
            }
        }
        guard swap(staging, target) else {
            let reason = String(cString: strerror(errno))  // before the cleanup can change errno
            try? FileManager.default.removeItem(atPath: staging)
            return fail(output, reason)
        }
        // After the swap the staging path holds the previous site (or nothing).
        try? FileManager.default.removeItem(atPath: staging)
        return .success(written)
    }

    private static func refuseForeignFolder(_ target: String, display: String) -> DiagnosticList? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else { return nil }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? ["?"]
        if isDirectory.boolValue && (entries.isEmpty || entries.contains(marker)) { return nil }
        return DiagnosticList([.error(SourceLocation(file: display), BuildMessages.notASite(display))])
    }

    /// Staging folders of builds that were killed before they could clean up.
    private static func removeStale(in parent: String, name: String) {
        let prefix = "." + name + ".tmp-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }

    /// Writes every file; returns what went wrong, or nil. A file whose bytes equal those of the
    /// same path in the `previous` site is hard-linked from there instead, so it keeps its
    /// modification time and rsync or a CDN upload moves only what changed.
    private static func writeTree(_ files: [PlannedFile], into root: String, previous: String?,
                                  render: @Sendable (PlannedFile) -> Result<OutputFile, MustacheError>) -> Result<Written, TreeFailure> {
        guard mkdir(root, 0o755) == 0 else { return .failure(.write("map \(root): \(String(cString: strerror(errno)))")) }
        var directories = Set<String>()
        for file in files {
            var path = file.path[...]
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                if !directories.insert(String(path)).inserted { break }
            }
        }
        for directory in directories.sorted(by: { $0.count < $1.count }) {
            if mkdir(root + "/" + directory, 0o755) != 0 && errno != EEXIST {
                return .failure(.write("map \(directory): \(String(cString: strerror(errno)))"))
            }
        }
        let all = files + [PlannedFile(path: marker) { [] }]
        let outcomes = parallelMap(all) { planned -> FileOutcome in
            let file: OutputFile
            switch render(planned) {
            case .success(let rendered): file = rendered
            case .failure(let error): return .failed(Rendering.diagnostic(error))
            }
            var text = file.text
            let write = { (buffer: UnsafeRawBufferPointer) -> Bool in
                if let previous, Unchanged.link(previous + "/" + file.path, to: root + "/" + file.path, ifEqualTo: buffer) { return true }
                return writeFile(root + "/" + file.path, buffer)
            }
            let written = text != nil ? text!.withUTF8 { write(UnsafeRawBufferPointer($0)) } : file.bytes.withUnsafeBytes(write)
            return written ? .written(path: file.path, count: file.count) : .unwritable(file.path)
        }
        var counts = Written()
        var problems: Set<Diagnostic> = []
        for outcome in outcomes {
            switch outcome {
            case .written(let path, let count): if path != marker { counts.add(path: path, count: count) }
            case .failed(let problem): problems.insert(problem)
            case .unwritable(let path): return .failure(.write("bestand \(path)"))
            }
        }
        return problems.isEmpty ? .success(counts) : .failure(.render(DiagnosticList(Array(problems))))
    }

    private enum FileOutcome: Sendable {
        case written(path: String, count: Int)
        case failed(Diagnostic)
        case unwritable(String)
    }

    enum TreeFailure: Error {
        case render(DiagnosticList)
        case write(String)
    }

    private static func writeFile(_ path: String, _ buffer: UnsafeRawBufferPointer) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

    /// Exchanges the two folders atomically where the kernel can (renameat2 with RENAME_EXCHANGE),
    /// so there is no moment without a site; otherwise moves the old one aside first.
    private static func swap(_ staging: String, _ target: String) -> Bool {
        guard FileManager.default.fileExists(atPath: target) else { return rename(staging, target) == 0 }
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") {
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let renameExchange: UInt32 = 1 << 1
            if renameat2(AT_FDCWD, staging, AT_FDCWD, target, renameExchange) == 0 { return true }
        }
        let aside = staging + "-old"
        guard rename(target, aside) == 0 else { return false }
        guard rename(staging, target) == 0 else {
            _ = rename(aside, target)
            return false
        }
        return rename(aside, staging) == 0
    }
}
