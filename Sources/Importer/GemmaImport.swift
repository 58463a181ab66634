import Diagnostics
import Gemma

/// `swc import gemma`: checks a new GEMMA release against the data folder's gemma.xml, reports what
/// changed (by Object ID, the key that survives releases) and which references of the catalogue
/// would point at nothing, and puts the file in place, byte for byte, only when asked to and when
/// no reference breaks: a catalogue is never left that the loader refuses.
public enum GemmaImport {
    /// What installing `release` would change, and the problems: an unreadable or empty model, and
    /// every reference that would break (errors); warnings of the reader. Pure; `data` is the data
    /// folder (file name → contents) shown as `folder`.
    public static func plan(_ release: SourceFile, data: [String: SourceFile], folder: String) -> (GemmaChanges?, DiagnosticList) {
        var problems = DiagnosticList()
        let (read, found) = GemmaReader.read(release.bytes, file: release.displayPath)
        problems.append(contentsOf: found)
        guard let model = read else { return (nil, problems) }
        guard !model.referentiecomponenten.isEmpty else {
            problems.append(.error(SourceLocation(file: release.displayPath), GemmaImportMessages.noReferentiecomponenten))
            return (nil, problems)
        }
        var current: GemmaModel?
        if let file = data["gemma.xml"] {
            let (model, found) = GemmaReader.read(file.bytes, file: file.displayPath)
            current = model
            if model == nil {
                // A broken model may be replaced by a good one; what was wrong with it is said once.
                problems.append(contentsOf: found.filter { $0.severity == .error }.map { .warning($0.location, GemmaImportMessages.currentUnreadable($0.message)) })
            }
        }
        var changes = GemmaChanges(current: current, new: model)
        let breaking = GemmaReferences.breaking(data, current: current, new: model)
        changes.breakingReferences = breaking.count
        problems.append(contentsOf: breaking)
        return (changes, problems)
    }

    /// Reads the release at `file` and the data folder `dataDirectory`, plans, and with `write`
    /// replaces `gemma.xml` atomically when nothing stands in the way.
    public static func run(file: String, dataDirectory: String, write: Bool) -> ImportOutcome {
        let release: SourceFile, folder: (files: [String: SourceFile], display: String)
        switch ImportInputs.read(file, dataDirectory) {
        case .success(let inputs): (release, folder) = inputs
        case .failure(let problems): return .failed(problems)
        }
        let (changes, problems) = plan(release, data: folder.files, folder: folder.display)
        guard let changes else { return .failed(problems) }
        let same = folder.files["gemma.xml"]?.bytes == release.bytes
        let report = text(changes, from: release.displayPath, against: folder.display + "/gemma.xml", same: same)
        let target = DataFileChange(name: "gemma.xml", bytes: release.bytes)
        guard !problems.hasErrors else { return ImportOutcome(report: report, problems: problems) }
        guard !same else { return ImportOutcome(report: report, problems: problems) }
        let paths = [folder.display + "/gemma.xml"]
        guard write else { return ImportOutcome(report: report, problems: problems, files: paths) }
        var all = problems
        let (written, failed) = [target].write(to: folder.display)
        all.append(contentsOf: failed)
        return ImportOutcome(report: report, problems: all, files: written, wrote: true)
    }

    /// The report: which release against which, the changes per kind, how many references break.
    static func text(_ changes: GemmaChanges, from release: String, against current: String, same: Bool) -> String {
        let new = changes.newRelease.map { "release \($0)" } ?? "release zonder 'Release'-eigenschap"
        let old = changes.currentRelease.map { "release \($0)" } ?? "geen of een onleesbaar model"
        var lines = ["GEMMA \(new) (\(release)) tegenover \(old) (\(current))"]
        if same { lines.append(GemmaImportMessages.sameRelease) }
        for kind in changes.kinds { lines += kind.lines }
        lines.append("verwijzingen die zouden breken: \(changes.breakingReferences)")
        return lines.joined(separator: "\n") + "\n"
    }
}
