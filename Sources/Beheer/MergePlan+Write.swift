import Diagnostics

extension MergePlan {
    /// Writes every changed file, all or nothing as far as the file system allows (see `AtomicFiles`):
    /// a failure before the renames leaves every file as it was. Returns the problems, or nil when
    /// all was written.
    public func write() -> DiagnosticList? {
        guard let failure = AtomicFiles.write(files.map { ($0.path, $0.bytes) }) else { return nil }
        return DiagnosticList([.error(SourceLocation(file: failure.path), BeheerMessages.writeFailed(failure.reason, replaced: failure.replaced))])
    }
}
