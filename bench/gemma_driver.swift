// Benchmark driver for bench/gemma-vs-xmllint.sh: reads one exchange file with GemmaReader and
// prints what it found. Compiled together with Sources/Diagnostics and Sources/Gemma in one
// `swiftc -O -wmo -parse-as-library` run, so it needs no import of those modules.
import Foundation

@main
enum GemmaDriver {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2, let data = FileManager.default.contents(atPath: arguments[1]) else {
            FileHandle.standardError.write(Data("gebruik: gemma_driver BESTAND.xml [--diagnostics]\n".utf8))
            exit(2)
        }
        let (model, diagnostics) = GemmaReader.read([UInt8](data), file: arguments[1])
        if arguments.contains("--diagnostics") || model == nil {
            for diagnostic in diagnostics { print(diagnostic) }
        }
        guard let model else { exit(1) }
        print(
            "release=\(model.release ?? "-") referentiecomponenten=\(model.referentiecomponenten.count)",
            "standaarden=\(model.standaarden.count) standaardversies=\(model.standaardversies.count)",
            "landelijkeVoorzieningen=\(model.landelijkeVoorzieningen.count)",
            "applicatieservices=\(model.applicatieservices.count) views=\(model.views.count)",
            "nodes=\(model.views.map(\.nodes.count).reduce(0, +)) diagnostics=\(diagnostics.count)")
    }
}
