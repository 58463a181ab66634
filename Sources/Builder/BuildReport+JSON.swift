import Diagnostics
import JSON

extension BuildReport {
    /// The build report of the nightly run (`swc build --report FILE`): whether it worked, the
    /// objects per kind, pages, files and bytes, every warning and error, and seconds per stage.
    public static func json(_ report: BuildReport?, problems: DiagnosticList, audience: String) -> [UInt8] {
        var fields = [JSONField("gelukt", .bool(report != nil && !problems.hasErrors)), JSONField("publiek", .string(audience))]
        if let report {
            fields.append(JSONField("gegevens", .object(report.counts.map { JSONField($0.0, .integer($0.1)) })))
            fields.append(JSONField("paginas", .integer(report.pages)))
            fields.append(JSONField("bestanden", .integer(report.files)))
            fields.append(JSONField("bytes", .integer(report.bytes)))
            fields.append(JSONField("stappen", .object(report.stages.map { JSONField($0.name, .number(seconds($0.seconds))) })))
            fields.append(JSONField("seconden", .number(seconds(report.stages.reduce(0) { $0 + $1.seconds }))))
        }
        fields.append(JSONField("fouten", .array(problems.errors.map { .string($0.description) })))
        fields.append(JSONField("waarschuwingen", .array(problems.warnings.map { .string($0.description) })))
        return Array(JSONWriter.format(.object(fields)).utf8)
    }

    /// Three decimals, as a JSON number literal.
    private static func seconds(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let rest = thousandths % 1000
        return "\(thousandths / 1000)." + (rest < 10 ? "00" : rest < 100 ? "0" : "") + "\(rest)"
    }
}
