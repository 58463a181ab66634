import CatalogusLoader
import Diagnostics

/// `swc merge`: check the folder → read the files as raw JSON → check the request → merge →
/// check the result loads → summarise. Nothing is written here; `MergePlan.write` does that.
public enum Merge {
    /// Reads the data folder `folder` and plans the merge of `merged` into `into`.
    public static func plan(_ kind: MergeKind, into: String, merged: [String], folder: String) -> Result<MergePlan, DiagnosticList> {
        DataFolder.read(folder).flatMap { files in plan(kind, into: into, merged: merged, files: files, folder: trimmed(folder)) }
    }

    /// Plans the merge on files already read (file name → contents); `folder` is how messages name the folder.
    public static func plan(_ kind: MergeKind, into: String, merged: [String], files: [String: SourceFile], folder: String) -> Result<MergePlan, DiagnosticList> {
        // A folder with errors is not merged: the loader's checks are what keeps the result valid.
        let (_, found) = CatalogusLoader.load(files, folder: folder)
        guard !found.hasErrors else {
            return .failure(DiagnosticList(found.errors + [.error(SourceLocation(file: folder), BeheerMessages.folderHasErrors(found.errors.count))]))
        }
        return DataSet.parse(files, folder: folder).flatMap { original in
            let problems = MergeValidation.check(kind, into: into, merged: merged, data: original)
            guard problems.isEmpty else { return .failure(DiagnosticList(problems)) }
            var data = original
            var log = ChangeLog()
            switch kind {
            case .organisaties: OrganisatieMerge(into: into, merged: merged).apply(to: &data, log: &log)
            case .applicaties: ApplicatieMerge(into: into, merged: merged).apply(to: &data, log: &log)
            }
            let changed = data.changedFiles.map { MergePlan.File(name: $0.name, path: $0.displayPath, bytes: $0.encoded()) }
            if let problems = verify(changed, files, folder: folder) { return .failure(problems) }
            let summary = MergeSummary(kind: kind, into: into, merged: merged, data: data, log: log).text
            return .success(MergePlan(files: changed, summary: summary))
        }
    }

    /// The merged files must load as cleanly as the folder did; if not, this is a gap in the merge
    /// rules and nothing may be written.
    private static func verify(_ changed: [MergePlan.File], _ files: [String: SourceFile], folder: String) -> DiagnosticList? {
        var after = files
        for file in changed { after[file.name] = SourceFile(relativePath: file.name, displayPath: file.path, bytes: file.bytes) }
        let (_, found) = CatalogusLoader.load(after, folder: folder)
        guard found.hasErrors else { return nil }
        return DiagnosticList(found.errors + [.error(SourceLocation(file: folder), BeheerMessages.mergeWouldBreak(found.errors.count))])
    }

    static func trimmed(_ folder: String) -> String {
        folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    }
}
