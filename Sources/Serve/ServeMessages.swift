import Builder
#if canImport(Glibc)
import Glibc
#endif

/// The Dutch texts of `swc serve`, one function per kind of message.
enum ServeMessages {
    static func building(_ folder: String) -> String {
        "swc: de site wordt gebouwd in \(folder)\n"
    }

    static func started(address: String, report: BuildReport, summary: String) -> String {
        "swc: gebouwd: \(report.pages) pagina's, \(report.files) bestanden; \(summary)\n"
            + "swc: de site staat op \(address) (alleen op deze computer); swc bouwt opnieuw zodra content, sjablonen of gegevens veranderen; Ctrl-C stopt\n"
    }

    /// `swc: opnieuw gebouwd (0,4 s)`: a decimal comma, as in every Dutch number swc prints.
    static func rebuilt(seconds: Double) -> String {
        let tenths = Int((seconds * 10).rounded())
        return "swc: opnieuw gebouwd (\(tenths / 10),\(tenths % 10) s); herlaad de pagina in de browser\n"
    }

    static func rebuildFailed(summary: String) -> String {
        "swc: niet opnieuw gebouwd; \(summary): de browser toont de vorige versie tot de fout hersteld is\n"
    }

    static func noSocket(_ code: Int32) -> String {
        "kan geen netwerkverbinding openen (\(String(cString: strerror(code)))): controleer of deze computer netwerkverbindingen toestaat"
    }

    static func cannotListen(port: UInt16, _ code: Int32) -> String {
        switch code {
        case EADDRINUSE: "poort \(port) op 127.0.0.1 is al in gebruik (draait swc serve al?): kies een andere met --port, bijvoorbeeld --port \(port == 65535 ? 8001 : port + 1)"
        case EACCES: "poort \(port) vraagt beheerrechten: kies een poort boven 1023 met --port, bijvoorbeeld --port 8000"
        default: "kan niet luisteren op 127.0.0.1:\(port) (\(String(cString: strerror(code)))): kies een andere poort met --port"
        }
    }
}
