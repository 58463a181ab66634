import Diagnostics
import Foundation

extension ReportFolder {
    /// Marks a folder as one `swc report` wrote, so it never overwrites a folder it did not make.
    static let marker = ".swc-rapport"

    /// Writes the reports into `output`, refusing a folder inside a built site (`.swc-site`), inside
    /// a content tree (`_site.md`) or inside the data folder `data`, and a non-empty folder that
    /// `swc report` did not make. Report files of an earlier run that are no longer made are removed.
    public func write(to output: String, data: String) -> DiagnosticList? {
        if let refusal = Self.refusal(output, data: data) { return DiagnosticList([refusal]) }
        let folder = URL(fileURLWithPath: output).standardizedFileURL.path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return DiagnosticList([.error(SourceLocation(file: output), ReportMessages.writeFailed("de map kan niet gemaakt worden"))])
        }
        let all = files.map { (path: folder + "/" + $0.name, bytes: $0.bytes) } + [(path: folder + "/" + Self.marker, bytes: [])]
        if let failure = AtomicFiles.write(all) {
            return DiagnosticList([.error(SourceLocation(file: failure.path), ReportMessages.writeFailed(failure.reason))])
        }
        let made = Set(files.map(\.name))
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where !made.contains(entry) && (entry.hasSuffix(".html") || entry.hasSuffix(".csv")) {
            try? FileManager.default.removeItem(atPath: folder + "/" + entry)
        }
        return nil
    }

    /// Why `output` may not hold the reports, or nil.
    static func refusal(_ output: String, data: String) -> Diagnostic? {
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        let dataFolder = URL(fileURLWithPath: data).standardizedFileURL.resolvingSymlinksInPath().path
        let at = SourceLocation(file: output)
        if target == dataFolder || target.hasPrefix(dataFolder + "/") { return .error(at, ReportMessages.insideData(output)) }
        // Reports name concept objects and contact persons: never inside a site or the content it is built from.
        var folder = target
        while true {
            if FileManager.default.fileExists(atPath: folder + "/.swc-site") { return .error(at, ReportMessages.insideSite(output, site: folder)) }
            if FileManager.default.fileExists(atPath: folder + "/_site.md") { return .error(at, ReportMessages.insideContent(output, content: folder)) }
            guard folder != "/", let slash = folder.lastIndex(of: "/") else { break }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else { return nil }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? ["?"]
        if isDirectory.boolValue && (entries.isEmpty || entries.contains(marker)) { return nil }
        return .error(at, ReportMessages.foreignFolder(output))
    }
}
