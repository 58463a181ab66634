import Diagnostics

/// Reads the GEMMA model from an ArchiMate exchange file (AMEFF 3.x), streaming.
public enum GemmaReader {
    /// Reads `bytes`: check UTF-8 → tokenize and keep what is needed → resolve properties by name →
    /// build the GEMMA concepts and views. `file` is the display path used in diagnostics
    /// (e.g. "content/catalogus/gemma.xml").
    ///
    /// Malformed XML, or a file that is not an ArchiMate model, gives one error and no model.
    /// Problems inside a well-formed model are warnings; the model is still returned.
    public static func read(_ bytes: [UInt8], file: String) -> (GemmaModel?, [Diagnostic]) {
        if let (offset, problem) = bytes.withUnsafeBufferPointer(UTF8Validation.firstProblem) {
            return (nil, [locate(.error, offset, GemmaMessages.xml(problem, openedAtLine: nil), bytes, file)])
        }
        do throws(ReadFailure) {
            let (raw, parseWarnings) = try AMEFFParser.parse(bytes)
            var builder = GemmaModelBuilder(raw, warnings: parseWarnings)
            let model = builder.build()
            guard !builder.warnings.isEmpty else { return (model, []) }
            let lines = LineIndex(bytes)
            let diagnostics = builder.warnings.map { pending in
                let (line, column) = lines.location(of: pending.offset)
                return Diagnostic.warning(SourceLocation(file: file, line: line, column: column), pending.message)
            }
            return (model, diagnostics.sorted { ($0.location, $0.message) < ($1.location, $1.message) })
        } catch {
            return (nil, [failure(error, bytes, file)])
        }
    }

    private static func failure(_ failure: ReadFailure, _ bytes: [UInt8], _ file: String) -> Diagnostic {
        switch failure {
        case .notArchiMate(let offset, let root):
            return locate(.error, offset, GemmaMessages.notArchiMate(root: root), bytes, file)
        case .xml(let error):
            let openedAt: Int? = switch error.problem {
            case .mismatchedEndTag(_, _, let offset): offset
            case .unexpectedEnd(_, let offset): offset
            default: nil
            }
            let lines = LineIndex(bytes)
            let message = GemmaMessages.xml(error.problem, openedAtLine: openedAt.map { lines.location(of: $0).line })
            return locate(.error, error.offset, message, bytes, file, lines: lines)
        }
    }

    private static func locate(
        _ severity: Severity, _ offset: Int, _ message: String, _ bytes: [UInt8], _ file: String, lines: LineIndex? = nil
    ) -> Diagnostic {
        let (line, column) = (lines ?? LineIndex(bytes)).location(of: offset)
        return Diagnostic(severity, at: SourceLocation(file: file, line: line, column: column), message)
    }
}
